// `py.call(f, ...args)`: a Python call whose callee may be a class behind a name (`raise exc(msg)`
// with `exc` a parameter): `new f(...)` for classes, a plain call otherwise. Mirrors type.__call__.

import { isClass } from "./pytype.js";

/** Calls `f` as Python would: classes (user or runtime, exceptions included) are instantiated. */
export function call(f: unknown, ...args: unknown[]): any {
  if (isClass(f)) return new (f as new (...a: unknown[]) => unknown)(...args);
  return (f as (...a: unknown[]) => unknown)(...args);
}
