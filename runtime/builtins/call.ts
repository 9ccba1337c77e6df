// `py.call(f, ...args)`: a Python call whose callee may be a class behind a name (`raise exc(msg)`
// with `exc` a parameter): `new f(...)` for classes, a plain call otherwise. Mirrors type.__call__.

/** Calls `f` as Python would: classes (user or runtime, exceptions included) are instantiated.
 * Builtin types made from functions (`int`, `list`) are called: `new int()` would box a primitive. */
export function call(f: unknown, ...args: unknown[]): any {
  if (typeof f === "function" && /^class[\s{]/.test(Function.prototype.toString.call(f))) {
    return new (f as new (...a: unknown[]) => unknown)(...args);
  }
  return (f as (...a: unknown[]) => unknown)(...args);
}
