import { async_def, async_gen, asyncio, print, py } from "asyncio-ts/runtime";

// written for the heading: Async Generators
// seed: 002_28766f3191cc11ba.txt, section: Async Generators

/** An async generator: async def + yield. */
const ticker = async_gen(async function* ticker(count: number, delay = 0.05) {
  for (let i = 0; i < count; i++) {
    await asyncio.sleep(delay);
    yield i;
  }
});

/** Async generators can consume other async iterables. */
const squares = async_gen(async function* squares(numbers) {
  for await (const n of py.aiter(numbers)) {
    yield py.mul(n, n);
  }
});

const main = async_def(async function main() {
  for await (const value of py.aiter(ticker(3), true)) {
    print("tick", value);
  }

  // Async comprehensions collect an async generator into a list.
  const evens = await (async () => {
    const result: any[] = [];
    for await (const n of py.aiter(ticker(6), true)) {
      if (py.eq(py.mod(n, 2), 0)) {
        result.push(n);
      }
    }
    return result;
  })();
  print("evens:", evens);

  print(
    "squares:",
    await (async () => {
      const result2: any[] = [];
      for await (const s of py.aiter(squares(ticker(4)), true)) {
        result2.push(s);
      }
      return result2;
    })(),
  );
});

await asyncio.run(main());
