import { async_def, print, type } from "asyncio-ts/runtime";

// exercise solution: Define a Coroutine
// seed: 000_a862cf976f82285c.txt, section: Practice Exercises: Define a Coroutine
// expected output: <class 'coroutine'>
// (CPython also writes "RuntimeWarning: coroutine 'greet' was never awaited" to stderr,
//  because the exercise asks not to await it.)

const greet = async_def(async function greet(name: string) {
  return `Hello, ${name}! Welcome to async Python.`;
});

print(type(greet("World")));
