// Where a coroutine function was defined, for reprs like `coro=<f() done, defined at prog.py:3>`.
import type { Coroutine } from "./coroutine.js";

/** Maps a coroutine function's definition to "FILE:LINE"; installed by runtime/program.ts. */
export const locations = {
  definedAt: (_coro: Coroutine<unknown>): string | null => null,
};

/** `f() running at FILE:LINE` / `f() done, defined at FILE:LINE`, as CPython's coroutine repr info. */
export function describeCoroutine(coro: Coroutine<unknown>, done: boolean): string {
  const where = locations.definedAt(coro);
  const name = `${coro.__qualname__}()`;
  if (where === null) return done ? `${name} done` : `${name} running`;
  return done ? `${name} done, defined at ${where}` : `${name} running at ${where}`;
}
