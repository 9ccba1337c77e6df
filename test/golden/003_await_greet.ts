import { async_def, asyncio, print } from "asyncio-ts/runtime";

// seed: 003_1067b8ae4d369476.txt, section: await
// added: import asyncio, greet() from the previous section, asyncio.run(main())

const greet = async_def(async function greet() {
  await asyncio.sleep(1);
  return "Hello";
});

const main = async_def(async function main() {
  const result = await greet();
  print(result);
});

await asyncio.run(main());
