// `await x` of something that is not awaitable raises CPython's TypeError (a plain `def` called
// with `await`, or a value), where JS's `await` would quietly hand the value back.
import { awaiting } from "./await-sites.js";
import { TypeError } from "./exceptions.js";
import { typeName } from "./pytype.js";

/** `await x` where x may not be awaitable: x (recorded for tracebacks, see `awaiting`), or raises. */
export function checkedAwaiting<T>(x: T): T {
  const then = (x as { then?: unknown } | null)?.then;
  if (x === null || x === undefined || typeof then !== "function") {
    throw new TypeError(`object ${typeName(x)} can't be used in 'await' expression`);
  }
  return awaiting(x);
}
