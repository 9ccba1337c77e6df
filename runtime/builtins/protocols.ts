// Python's iteration, async iteration and context-manager protocols for emitted code:
// `py.iter`, `py.aiter`, `py.enter`/`py.exit`, `py.aenter`/`py.aexit`. Mirrors the GET_ITER,
// GET_AITER/GET_ANEXT and BEFORE_WITH/BEFORE_ASYNC_WITH opcodes of Python/ceval.c (3.11).

import { addAwaitSite } from "./await-sites.js";
import { StopAsyncIteration, TypeError } from "./exceptions.js";
import { iterate } from "./iteration.js";
import { typeName, typeOf } from "./pytype.js";
import { truthy } from "./truthy.js";

/** `for x in obj` → `for (const x of py.iter(obj))`. */
export function pyIter(x: unknown): Iterable<any> {
  return iterate(x);
}

function isAwaitable(x: unknown): boolean {
  return (
    x !== null &&
    (typeof x === "object" || typeof x === "function") &&
    (typeof (x as { then?: unknown }).then === "function" ||
      typeof (x as { __await__?: unknown }).__await__ === "function")
  );
}

/**
 * `async for x in obj` → `for await (const x of py.aiter(obj))`; `py.aiter(obj, true)` when `obj`
 * is a temporary (not a name or attribute): an async generator left unfinished by `break`, `return`
 * or an exception is then dropped, and its loop closes it soon (CPython's finalizer hook).
 */
export function pyAiter(x: unknown, temporary = false): AsyncIterable<any> {
  const o = x as { __aiter__?: () => unknown } | null;
  if (
    o === null ||
    (typeof o !== "object" && typeof o !== "function") ||
    typeof o.__aiter__ !== "function"
  ) {
    if (o !== null && typeof o === "object" && Symbol.asyncIterator in o)
      return o as AsyncIterable<unknown>;
    throw new TypeError(`'async for' requires an object with __aiter__ method, got ${typeName(x)}`);
  }
  const it = o.__aiter__() as { __anext__?: () => unknown } | null;
  if (it === null || typeof it !== "object" || typeof it.__anext__ !== "function") {
    throw new TypeError(
      `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`,
    );
  }
  const anext = it.__anext__.bind(it);
  return {
    [Symbol.asyncIterator]() {
      return {
        async next(): Promise<IteratorResult<unknown>> {
          const step = anext();
          if (!isAwaitable(step)) {
            throw new TypeError(
              `'async for' received an invalid object from __anext__: ${typeName(step)}`,
            );
          }
          try {
            return { value: await step, done: false };
          } catch (e) {
            if (e instanceof StopAsyncIteration) return { value: undefined, done: true };
            throw e;
          }
        },
        async return(): Promise<IteratorResult<unknown>> {
          if (temporary) (it as { _abandon?: () => void })._abandon?.();
          return { value: undefined, done: true };
        },
      };
    },
  };
}

function lookup(cm: unknown, name: string): Function | undefined {
  const f = (cm as Record<string, unknown> | null)?.[name];
  return typeof f === "function" ? f : undefined;
}

/** `with cm as x:` → `const x = py.enter(cm)`: calls `__enter__`. */
export function enter(cm: unknown): any {
  const e = lookup(cm, "__enter__");
  const x = lookup(cm, "__exit__");
  if (e === undefined) {
    throw new TypeError(`'${typeName(cm)}' object does not support the context manager protocol`);
  }
  if (x === undefined) {
    throw new TypeError(
      `'${typeName(cm)}' object does not support the context manager protocol (missed __exit__ method)`,
    );
  }
  return e.call(cm);
}

function exitArgs(exc: unknown): [unknown, unknown, unknown] {
  return exc === null || exc === undefined ? [null, null, null] : [typeOf(exc), exc, null];
}

/** Leaving a `with` block: calls `__exit__`; true when it suppresses the exception (a promise of it for asyncio.Runner). */
export function exit(cm: unknown, exc: unknown = null): any {
  const r = lookup(cm, "__exit__")!.call(cm, ...exitArgs(exc));
  // `asyncio.Runner.__exit__` closes the runner by running its loop: a promise the caller awaits.
  return r instanceof Promise ? r.then(truthy) : truthy(r);
}

/** `async with cm as x:` → `const x = await py.aenter(cm)`: calls `__aenter__`. */
export function aenter(cm: unknown): any {
  const e = lookup(cm, "__aenter__");
  const x = lookup(cm, "__aexit__");
  if (e === undefined) {
    throw new TypeError(
      `'${typeName(cm)}' object does not support the asynchronous context manager protocol`,
    );
  }
  if (x === undefined) {
    throw new TypeError(
      `'${typeName(cm)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`,
    );
  }
  const r = e.call(cm);
  if (!isAwaitable(r)) {
    throw new TypeError(
      `'async with' received an object from __aenter__ that does not implement __await__: ${typeName(r)}`,
    );
  }
  return r;
}

/** Leaving an `async with` block: awaits `__aexit__`; resolves true when it suppresses `exc`. */
export async function aexit(cm: unknown, exc: unknown = null): Promise<boolean> {
  const r = lookup(cm, "__aexit__")!.call(cm, ...exitArgs(exc));
  if (!isAwaitable(r)) {
    throw new TypeError(
      `'async with' received an object from __aexit__ that does not implement __await__: ${typeName(r)}`,
    );
  }
  try {
    return truthy(await r);
  } catch (e) {
    // Raised by __aexit__ itself (TimeoutError, an ExceptionGroup): a stack taken here, after the
    // await, still has the frame of the `async with` (V8's async stack trace).
    if (e !== exc) addAwaitSite(e, new Error().stack);
    throw e;
  }
}
