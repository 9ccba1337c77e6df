import { async_def, asyncio, print, py } from "asyncio-ts/runtime";

// exercise solution: Fix the Async Bug
// seed: 000_a862cf976f82285c.txt, section: Practice Exercises: Fix the Async Bug
// The seed's buggy code was not extracted ("Loading editor..."); see 000_error_fix_async_bug.py
// for the invented buggy version. Fixed: __aenter__ is "async def", and __aexit__ takes the
// three exception arguments. The exercise page could not run async code, so it asked only for
// "Context manager ready"; here the manager is also used, printing the three expected lines.

class AsyncContext {
  async __aenter__() {
    print("Entering context");
    return this;
  }

  async __aexit__(exc_type, exc_value, traceback) {
    print("Exiting context");
    return false;
  }
}
async_def.methods(AsyncContext, "__aenter__", "__aexit__");

print("Context manager ready");

const main = async_def(async function main() {
  const cm = new AsyncContext();
  await py.aenter(cm);
  let thrown = false;
  try {
    print("Doing work");
  } catch (e) {
    thrown = true;
    if (!(await py.aexit(cm, e))) throw e;
  } finally {
    if (!thrown) await py.aexit(cm, null);
  }
});

await asyncio.run(main());
