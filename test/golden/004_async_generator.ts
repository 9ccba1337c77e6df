import { async_def, async_gen, asyncio, print, py } from "asyncio-ts/runtime";

// seed: 004_c4cade52f155c10e.txt, section: Async Generators (Iterating over an async generator, the async for part)
// added: import asyncio, asyncio.run(main()). Takes about 5 s (10 x 0.5 s).

const gen = async_gen(async function* gen(n: number) {
  for (let i = 0; i < n; i++) {
    yield i;
    await asyncio.sleep(0.5);
  }
});

const main = async_def(async function main() {
  for await (const i of py.aiter(gen(10), true)) {
    // ✅ async for
    print(i);
  }
});

await asyncio.run(main());
