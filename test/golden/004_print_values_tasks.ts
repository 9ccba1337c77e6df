import { asFloat, async_def, asyncio, print, py } from "asyncio-ts/runtime";

// seed: 004_c4cade52f155c10e.txt, section: Practical Example — Concurrent Tasks
// added: import asyncio

const print_values = async_def(async function print_values(values, delay: number) {
  for (const item of values) {
    print(item);
    await asyncio.sleep(delay);
  }
  return asFloat(delay);
});

const main = async_def(async function main() {
  const task1 = asyncio.create_task(print_values([1, 3, 5], 0.2));
  const task2 = asyncio.create_task(print_values([2, 4], 0.3));
  await py.awaiting(task1);
  await py.awaiting(task2);
});

await asyncio.run(main());
// Output: 1 2 3 4 5  (in order — reliable, no locks needed!)
