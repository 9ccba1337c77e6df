import { async_def, asyncio, print, py } from "asyncio-ts/runtime";

// error: TypeError: 'async with' received an object from __aenter__ that does not implement __await__: AsyncContext (after printing "Context manager ready" and "Entering context")
// buggy version, bugs invented (the seed's buggy code was not extracted): Fix the Async Bug
// seed: 000_a862cf976f82285c.txt, section: Practice Exercises: Fix the Async Bug
// With BUG 1 fixed, BUG 2 gives: TypeError: AsyncContext.__aexit__() takes 1 positional argument but 4 were given

class AsyncContext {
  __aenter__() {
    // BUG 1: must be "async def __aenter__"
    print("Entering context");
    return this;
  }

  async __aexit__() {
    // BUG 2: must take (self, exc_type, exc_value, traceback)
    print("Exiting context");
    return false;
  }
}
async_def.methods(AsyncContext, "__aexit__");

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
