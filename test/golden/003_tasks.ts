import { async_def, asyncio, print, py } from "asyncio-ts/runtime";

// seed: 003_1067b8ae4d369476.txt, section: Tasks
// added: import asyncio, a fetch() coroutine (the seed used it without defining it), asyncio.run(main())

const fetch = async_def(async function fetch(name: string) {
  print(`fetching ${name}`);
  await asyncio.sleep(0.5);
  return `result ${name}`;
});

const main = async_def(async function main() {
  const first = asyncio.create_task(fetch("a"));
  const second = asyncio.create_task(fetch("b"));

  print(await py.awaiting(first));
  print(await py.awaiting(second));
});

await asyncio.run(main());
