// Python's `inspect` predicates for coroutines and awaitables. Mirrors Lib/inspect.py.
import { AsyncGenerator, isAsyncGenFunction } from "../asyncio/asyncgen.js";
import { isCoroutine, isCoroutineFunction } from "../asyncio/coroutine.js";

/** `inspect.iscoroutinefunction(f)`: made by `async def`. */
export function iscoroutinefunction(f: unknown): boolean {
  return isCoroutineFunction(f);
}

/** `inspect.iscoroutine(x)`. */
export function iscoroutine(x: unknown): boolean {
  return isCoroutine(x);
}

/** `inspect.isawaitable(x)`: coroutines, futures and anything with `__await__` (or a JS thenable). */
export function isawaitable(x: unknown): boolean {
  if (x === null || x === undefined || (typeof x !== "object" && typeof x !== "function"))
    return false;
  const o = x as { then?: unknown; __await__?: unknown };
  return typeof o.then === "function" || typeof o.__await__ === "function";
}

/** `inspect.isasyncgenfunction(f)`. */
export function isasyncgenfunction(f: unknown): boolean {
  return isAsyncGenFunction(f);
}

/** `inspect.isasyncgen(x)`. */
export function isasyncgen(x: unknown): boolean {
  return x instanceof AsyncGenerator;
}

/** `inspect.isfunction(f)`: a plain Python function (not a class). */
export function isfunction(f: unknown): boolean {
  return typeof f === "function" && !/^class[\s{]/.test(Function.prototype.toString.call(f));
}
