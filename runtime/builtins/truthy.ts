// Python truth testing: empty containers, 0, '' and None are false. Mirrors PyObject_IsTrue.

import { PyFloat } from "./float.js";

/** Python's `bool(x)` as a JS boolean. */
export function truthy(x: unknown): boolean {
  if (x === null || x === undefined) return false;
  switch (typeof x) {
    case "boolean":
      return x;
    case "number":
      return x !== 0;
    case "bigint":
      return x !== 0n;
    case "string":
      return x.length > 0;
    case "function":
      return true;
  }
  if (x instanceof PyFloat) return truthy(x.value);
  const o = x as { __bool__?: () => unknown; __len__?: () => unknown };
  if (typeof o.__bool__ === "function") return Boolean(o.__bool__());
  if (typeof o.__len__ === "function") return Number(o.__len__()) > 0;
  if (Array.isArray(x)) return x.length > 0;
  if (x instanceof Map || x instanceof Set) return x.size > 0;
  return true;
}
