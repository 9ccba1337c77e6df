import { async_def, asyncio, print, str } from "asyncio-ts/runtime";

// written for the heading: Running Coroutines with asyncio.run()
// seed: 000_a862cf976f82285c.txt, section: Running Coroutines with asyncio.run()
// (the seed's editor here was not extracted: "Loading editor...")

const main = async_def(async function main() {
  print("Event loop started, main() is running");
  await asyncio.sleep(0.1);
  print("main() is done");
  return 42;
});

// asyncio.run() creates the event loop, runs main() to completion, then closes the loop.
const value = await asyncio.run(main());
print(`asyncio.run() returned ${str(value)}`);
