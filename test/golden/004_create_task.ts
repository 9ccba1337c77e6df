import { async_def, asyncio, print, py } from "asyncio-ts/runtime";

// seed: 004_c4cade52f155c10e.txt, section: Tasks — Running Concurrently
// added: import asyncio, print_something() from the previous section, asyncio.run(main())

const print_something = async_def(async function print_something() {
  await asyncio.sleep(1); // use asyncio.sleep, NOT time.sleep
  print("something");
  return "finished";
});

const main = async_def(async function main() {
  const task = asyncio.create_task(print_something()); // scheduled, starts soon
  print("main continues immediately");
  await py.awaiting(task); // wait for task to finish
  const result = await py.awaiting(task); // get return value
});

await asyncio.run(main());
