import { async_def, asyncio } from "asyncio-ts/runtime";

// seed: 003_1067b8ae4d369476.txt, section: What Is Async Python?
// The seed's code, unchanged: it runs greet() (about 1 s) and discards "Hello", so it prints nothing.

const greet = async_def(async function greet() {
  await asyncio.sleep(1);
  return "Hello";
});

await asyncio.run(greet());
