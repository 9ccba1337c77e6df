import { async_def, print, type } from "asyncio-ts/runtime";

// seed: 004_c4cade52f155c10e.txt, section: Defining a Coroutine
// added: import asyncio (from the seed's "Setup" section). The seed's code, unchanged; CPython
// also writes "RuntimeWarning: coroutine 'main' was never awaited" to stderr.

const main = async_def(async function main() {
  print("main");
});

print(type(main)); // <class 'function'>
print(type(main())); // <class 'coroutine'>  ← calling it returns a coroutine, not a result
