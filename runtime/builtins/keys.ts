// Hashable keys for dicts and sets: equal tuples must find the same entry, boxes unwrap, and
// unhashable values raise CPython's TypeError. Mirrors PyObject_Hash's rules, not its numbers.

import { TypeError } from "./exceptions.js";
import { PyFloat } from "./float.js";
import { typeName } from "./pytype.js";
import { PyTuple } from "./tuple.js";

const interned = new Map<string, PyTuple>();

function keyText(x: unknown): string {
  if (x instanceof PyTuple) return `(${x.map(keyText).join(",")})`;
  if (typeof x === "string") return JSON.stringify(x);
  if (typeof x === "number" || typeof x === "boolean" || x instanceof PyFloat) {
    return String(Number(x));
  }
  if (x === null || x === undefined) return "None";
  return `#${String(x)}`;
}

function hasObjects(t: PyTuple): boolean {
  return t.some((x) =>
    x instanceof PyTuple
      ? hasObjects(x)
      : typeof x === "object" && x !== null && !(x instanceof PyFloat),
  );
}

/** The key a dict or set stores for `x`: tuples of equal value share one instance. */
export function hashKey(x: unknown): unknown {
  if (x instanceof PyFloat) return x.value;
  if (x === undefined) return null;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x !== "object" || x === null) return x;
  if (x instanceof PyTuple) {
    if (hasObjects(x)) return x;
    const text = keyText(x);
    let t = interned.get(text);
    if (t === undefined) interned.set(text, (t = x));
    return t;
  }
  if (Array.isArray(x) || x instanceof Map || (x instanceof Set && !Object.isFrozen(x))) {
    throw new TypeError(`unhashable type: '${typeName(x)}'`);
  }
  // `__hash__ = None` (a dataclass with eq and not frozen, a class defining only `__eq__`).
  if ((x as { __hash__?: unknown }).__hash__ === null) {
    throw new TypeError(`unhashable type: '${typeName(x)}'`);
  }
  return userKey(x);
}

/** Objects with `__hash__` and `__eq__` seen as keys, by hash: equal ones share the first. */
const byHash = new Map<unknown, object[]>();

/** The key of an object whose class defines `__hash__` and `__eq__`: the first equal one seen. */
function userKey(x: object): unknown {
  const o = x as { __hash__?: unknown; __eq__?: unknown };
  const hash = o.__hash__;
  const eq = o.__eq__;
  if (typeof hash !== "function" || typeof eq !== "function") return x;
  const h = hash.call(x);
  let bucket = byHash.get(h);
  if (bucket === undefined) byHash.set(h, (bucket = []));
  for (const y of bucket) if (y === x || eq.call(x, y) === true) return y;
  bucket.push(x);
  return x;
}
