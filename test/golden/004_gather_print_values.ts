import { asFloat, async_def, asyncio, print } from "asyncio-ts/runtime";

// seed: 004_c4cade52f155c10e.txt, section: asyncio.gather() — Shortcut for Running Multiple Tasks
// added: import asyncio, print_values() from the previous section, asyncio.run(main())

const print_values = async_def(async function print_values(values, delay: number) {
  for (const item of values) {
    print(item);
    await asyncio.sleep(delay);
  }
  return asFloat(delay);
});

const main = async_def(async function main() {
  const results = await asyncio.gather(print_values([1, 3, 5], 0.2), print_values([2, 4], 0.3));
  print(results); // [0.2, 0.3] — return values in order
});

await asyncio.run(main());
