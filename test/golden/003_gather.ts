import { async_def, asyncio, print } from "asyncio-ts/runtime";

// seed: 003_1067b8ae4d369476.txt, section: gather()
// The seed's single line, wrapped in main(); added: import asyncio, fetch(), print(results), asyncio.run(main())

const fetch = async_def(async function fetch(name: string) {
  print(`fetching ${name}`);
  await asyncio.sleep(0.5);
  return `result ${name}`;
});

const main = async_def(async function main() {
  const results = await asyncio.gather(fetch("a"), fetch("b"));
  print(results);
});

await asyncio.run(main());
