import { async_def, asyncio, print } from "asyncio-ts/runtime";

// seed: 004_c4cade52f155c10e.txt, section: await — Calling a Coroutine
// added: import asyncio

const print_something = async_def(async function print_something() {
  await asyncio.sleep(1); // use asyncio.sleep, NOT time.sleep
  print("something");
  return "finished";
});

const main = async_def(async function main() {
  const result = await print_something(); // blocks until print_something() is done
  print(result); // "finished"
});

await asyncio.run(main());
