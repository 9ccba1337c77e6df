import { async_def, asyncio, print, py } from "asyncio-ts/runtime";

// seed: 004_c4cade52f155c10e.txt, section: await vs create_task — The Core Difference
// The seed's two top-level fragments, wrapped in async functions (await is only valid there);
// added: import asyncio, print_something(), main(), asyncio.run(main())

const print_something = async_def(async function print_something() {
  await asyncio.sleep(1); // use asyncio.sleep, NOT time.sleep
  print("something");
  return "finished";
});

const blocking = async_def(async function blocking() {
  // Blocking — waits for print_something to finish before continuing
  await print_something();
  print("this runs after");
});

const non_blocking = async_def(async function non_blocking() {
  // Non-blocking — schedules it; continues immediately
  const task = asyncio.create_task(print_something());
  print("this runs right away");
  await py.awaiting(task); // wait later when needed
});

const main = async_def(async function main() {
  await blocking();
  await non_blocking();
});

await asyncio.run(main());
