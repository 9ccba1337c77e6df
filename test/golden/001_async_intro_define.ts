import { async_def, print } from "asyncio-ts/runtime";

// seed: 001_64ee5b7982ecfe8a.txt, section: Step 1: Defining an async Function
// Indentation restored. Defines the coroutine function only: running this prints nothing.
// async_intro.py

// 1. Define an async function (a coroutine)
const greet = async_def(async function greet() {
  print("Hello from an async function!");
});
// Now, how do we run it?
