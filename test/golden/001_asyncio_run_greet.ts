import { async_def, asyncio, print } from "asyncio-ts/runtime";

// seed: 001_64ee5b7982ecfe8a.txt, section: Step 2: Running a Coroutine with asyncio.run()
// async_intro.py

const greet = async_def(async function greet() {
  print("Hello from an async function!");
});

// 2. Use asyncio.run() to execute the top-level coroutine
// if __name__ == "__main__":
await asyncio.run(greet());
