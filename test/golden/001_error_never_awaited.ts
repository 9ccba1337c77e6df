import { async_def, asyncio, print } from "asyncio-ts/runtime";

// error: no exception, exit 0 -- CPython writes "RuntimeWarning: coroutine 'some_async_function' was never awaited" to stderr; the coroutine's body never runs
// seed: 001_64ee5b7982ecfe8a.txt, section: Common Pitfalls & Troubleshooting (RuntimeWarning: coroutine '...' was never awaited)
// The pitfall's example line "my_coroutine = some_async_function()", made runnable.

const some_async_function = async_def(async function some_async_function() {
  print("This line never prints");
  await asyncio.sleep(0.1);
  return 42;
});

const main = async_def(async function main() {
  const my_coroutine = some_async_function(); // mistake: should be "await some_async_function()"
  print("main() finished, but some_async_function() never ran");
});

await asyncio.run(main());
