import { async_def, asyncio } from "asyncio-ts/runtime";

// error: no exception, exit 0 -- CPython writes "RuntimeWarning: coroutine 'greet' was never awaited" to stderr; greet's body never runs, so nothing is printed
// seed: 003_1067b8ae4d369476.txt, section: Common Mistakes
// added: import asyncio and greet() from the first section

const greet = async_def(async function greet() {
  await asyncio.sleep(1);
  return "Hello";
});

greet();
