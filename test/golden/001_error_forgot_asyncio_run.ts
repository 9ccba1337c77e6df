import { async_def, asyncio, print } from "asyncio-ts/runtime";

// error: no exception, exit 0 -- CPython writes "RuntimeWarning: coroutine 'main' was never awaited" to stderr; main's body never runs, so nothing is printed
// seed: 001_64ee5b7982ecfe8a.txt, section: Common Pitfalls & Troubleshooting (Forgetting asyncio.run() for the Entry Point)

const main = async_def(async function main() {
  print("Hello from main!");
  await asyncio.sleep(1);
  print("Goodbye from main!");
});

main(); // mistake: should be asyncio.run(main())
