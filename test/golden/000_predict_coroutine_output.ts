import { async_def, print, py, type } from "asyncio-ts/runtime";

// exercise solution: Predict the Coroutine Output
// seed: 000_a862cf976f82285c.txt, section: Practice Exercises: Predict the Coroutine Output
// The seed's code, unchanged. Answer: it prints "coroutine" -- calling add() only creates a
// coroutine object; the addition never runs. (CPython also writes
// "RuntimeWarning: coroutine 'add' was never awaited" to stderr.)

const add = async_def(async function add(a: number, b: number) {
  return py.add(a, b);
});

const result = add(3, 4);
print(type(result).__name__);
