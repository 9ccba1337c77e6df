import { async_def, print } from "asyncio-ts/runtime";

// error: no exception, exit 0 -- CPython prints "<coroutine object greet at 0x...>" (the address varies) and writes "RuntimeWarning: coroutine 'greet' was never awaited" to stderr; greet's body never runs
// seed: 001_64ee5b7982ecfe8a.txt, section: Step 1: Defining an async Function (calling greet() like a normal function)
// async_intro.py

// 1. Define an async function (a coroutine)
const greet = async_def(async function greet() {
  print("Hello from an async function!");
});

// Now, how do we run it?

// ... (previous code)
// Try calling it like a normal function (this won't actually run it yet!)
const coroutine_object = greet();
print(coroutine_object);
