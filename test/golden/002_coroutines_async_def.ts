import { async_def, asyncio, inspect, print, str, type } from "asyncio-ts/runtime";

// written for the heading: Coroutines and async def
// seed: 002_28766f3191cc11ba.txt, section: Coroutines and async def

const say_hello = async_def(async function say_hello(name) {
  await asyncio.sleep(0.1);
  return `Hello, ${str(name)}!`;
});

print(inspect.iscoroutinefunction(say_hello)); // True: defined with async def

const coro = say_hello("Ada"); // nothing runs yet
print(type(coro).__name__); // coroutine
print(await asyncio.run(coro)); // the event loop runs it: Hello, Ada!
