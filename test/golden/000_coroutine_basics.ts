import { async_def, asyncio, print, type } from "asyncio-ts/runtime";

// written for the heading: Coroutines: The Building Blocks
// seed: 000_a862cf976f82285c.txt, section: Coroutines: The Building Blocks
// (the seed's editor here was not extracted: "Loading editor...")

const make_pasta = async_def(async function make_pasta(minutes: number) {
  print(`Boiling pasta for ${minutes} minutes...`);
  await asyncio.sleep(0.1); // stands in for the real wait
  return "Pasta is ready";
});

// Calling a coroutine function does not run its body: it returns a coroutine object.
const coro = make_pasta(10);
print(type(coro).__name__); // coroutine

// The body runs only when the coroutine is scheduled, here by asyncio.run().
const result = await asyncio.run(coro);
print(result);
