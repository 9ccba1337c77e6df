import { async_def, async_gen, asyncio, print, py } from "asyncio-ts/runtime";

// error: TypeError: 'async_generator' object is not iterable (raised by the plain for loop, after the async for loop has printed 0..9 in about 5 s)
// seed: 004_c4cade52f155c10e.txt, section: Async Generators (Iterating over an async generator)
// The seed's main(), unchanged; added: import asyncio, asyncio.run(main())

const gen = async_gen(async function* gen(n: number) {
  for (let i = 0; i < n; i++) {
    yield i;
    await asyncio.sleep(0.5);
  }
});

const main = async_def(async function main() {
  let i;
  for await (i of py.aiter(gen(10), true)) {
    // ✅ async for
    print(i);
  }

  for (i of py.iter(gen(10))) {
    // ❌ TypeError — not iterable
    print(i);
  }
});

await asyncio.run(main());
