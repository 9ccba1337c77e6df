import { async_def, asyncio, print } from "asyncio-ts/runtime";

// seed: 004_c4cade52f155c10e.txt, section: Real-World Use Case — Fetch Data + Run Algorithm
// added: import asyncio, asyncio.run(main()). Takes about 5 s (run_algorithm: 10 x 0.5 s).
// Note: at t = 2.0 s "Done fetching" and "4" fall due together; CPython prints "Done fetching"
// first because its timer was set first.

const fetch_data = async_def(async function fetch_data() {
  print("Start fetching");
  await asyncio.sleep(2); // simulates network delay
  print("Done fetching");
  return [1, 2, 3];
});

const run_algorithm = async_def(async function run_algorithm() {
  for (let i = 0; i < 10; i++) {
    print(i);
    await asyncio.sleep(0.5);
  }
});

const main = async_def(async function main() {
  // Run both concurrently — don't wait for fetch before starting algorithm
  const [data, _] = await asyncio.gather(fetch_data(), run_algorithm());
  print(data);
});

await asyncio.run(main());
