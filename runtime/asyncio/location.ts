// Where a coroutine is, for reprs like `coro=<f() running at prog.py:8>` and
// `coro=<f() done, defined at prog.py:3>`. runtime/program.ts installs the source-map lookups.
import type { Coroutine } from "./coroutine.js";

/** Source lookups ("FILE:LINE" or null); installed by runtime/program.ts. */
export const locations = {
  /** Where the coroutine's function was defined. */
  definedAt: (_coro: Coroutine<unknown>): string | null => null,
  /** The line of `coro`'s own frame in a JS stack taken while it was running (an await site). */
  runningAt: (_coro: Coroutine<unknown>, _stack: string): string | null => null,
  /** The `outer.<locals>.` prefix of a function defined inside another, from its definition site. */
  enclosingPrefix: (_definition: string | undefined): string => "",
};

const qualnames = new WeakMap<Function, string>();

/** `f.__qualname__` of a coroutine or async-generator function: its name, after any enclosing def's. */
export function qualnameOf(fn: Function, definition: string | undefined): string {
  let q = qualnames.get(fn);
  if (q === undefined) {
    q = `${locations.enclosingPrefix(definition)}${fn.name}`;
    qualnames.set(fn, q);
  }
  return q;
}

/**
 * `f() running at FILE:LINE` (the await it is suspended at when known, else its definition) or
 * `f() done, defined at FILE:LINE`, as CPython's coroutine repr info.
 */
export function describeCoroutine(coro: Coroutine<unknown>, done: boolean, site?: string): string {
  const name = `${coro.__qualname__}()`;
  if (!done && site !== undefined) {
    const at = locations.runningAt(coro, site);
    if (at !== null) return `${name} running at ${at}`;
  }
  const where = locations.definedAt(coro);
  if (where === null) return done ? `${name} done` : `${name} running`;
  return done ? `${name} done, defined at ${where}` : `${name} running at ${where}`;
}
