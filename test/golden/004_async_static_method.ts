import { async_def, asyncio, print } from "asyncio-ts/runtime";

// seed: 004_c4cade52f155c10e.txt, section: Async Methods in Classes
// added: import asyncio, asyncio.run(main())

class MyClass {
  static test = async_def(async function test() {
    print("hi");
  });
}

const main = async_def(async function main() {
  await MyClass.test();
});

await asyncio.run(main());
