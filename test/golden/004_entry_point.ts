import { async_def, asyncio, print } from "asyncio-ts/runtime";

// seed: 004_c4cade52f155c10e.txt, section: Running Async Code — Entry Point
// added: import asyncio and main() from the previous section

const main = async_def(async function main() {
  print("main");
});

await asyncio.run(main()); // sets up the event loop and runs the main coroutine
