// Python's comparisons: structural `==` for lists, tuples, dicts and sets, ordering of sequences,
// and CPython's TypeError for unorderable operands. Mirrors PyObject_RichCompare.

import { NotImplemented } from "./arith.js";
import { TypeError } from "./exceptions.js";
import { PyFloat } from "./float.js";
import { typeName } from "./pytype.js";
import { PyTuple } from "./tuple.js";

function scalar(x: unknown): unknown {
  if (x instanceof PyFloat) return x.value;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x === undefined) return null;
  return x;
}

function isNumeric(x: unknown): x is number | bigint {
  return typeof x === "number" || typeof x === "bigint";
}

/** Python's `a == b`. */
export function eq(a: unknown, b: unknown): boolean {
  a = scalar(a);
  b = scalar(b);
  if (a === b) return true;
  if (isNumeric(a) && isNumeric(b)) return !(a < b) && !(a > b) && !Number.isNaN(a as number);
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") {
    const f = (a as { __eq__?: unknown } | null)?.__eq__;
    if (typeof a === "object" && a !== null && typeof f === "function")
      return Boolean(f.call(a, b));
    const g = (b as { __eq__?: unknown } | null)?.__eq__;
    if (typeof b === "object" && b !== null && typeof g === "function")
      return Boolean(g.call(b, a));
    return false;
  }
  // `NotImplemented` (a symbol) from one side defers to the other, then to identity.
  const fa = (a as { __eq__?: unknown }).__eq__;
  const ra = typeof fa === "function" ? fa.call(a, b) : NotImplemented;
  if (typeof ra !== "symbol") return Boolean(ra);
  const fb = (b as { __eq__?: unknown }).__eq__;
  const rb = typeof fb === "function" ? fb.call(b, a) : NotImplemented;
  if (typeof rb !== "symbol") return Boolean(rb);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a instanceof PyTuple !== b instanceof PyTuple || a.length !== b.length) return false;
    return a.every((x, i) => eq(x, b[i]));
  }
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of Map.prototype.entries.call(a) as Iterable<[unknown, unknown]>) {
      if (!b.has(k) || !eq(v, b.get(k))) return false;
    }
    return true;
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    for (const x of a) if (!b.has(x)) return false;
    return true;
  }
  return false;
}

/** Python's `a != b`. */
export function ne(a: unknown, b: unknown): boolean {
  const f = (a as { __ne__?: unknown } | null)?.__ne__;
  if (a !== null && typeof a === "object" && typeof f === "function") return Boolean(f.call(a, b));
  return !eq(a, b);
}

type Op = "<" | "<=" | ">" | ">=";
const dunders: Record<Op, [string, string]> = {
  "<": ["__lt__", "__gt__"],
  "<=": ["__le__", "__ge__"],
  ">": ["__gt__", "__lt__"],
  ">=": ["__ge__", "__le__"],
};

function test(op: Op, c: number): boolean {
  return op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0;
}

function compare(op: Op, a: unknown, b: unknown): boolean {
  const x = scalar(a);
  const y = scalar(b);
  if (isNumeric(x) && isNumeric(y)) {
    return op === "<" ? x < y : op === "<=" ? x <= y : op === ">" ? x > y : x >= y;
  }
  if (typeof x === "string" && typeof y === "string") {
    return test(op, x < y ? -1 : x > y ? 1 : 0);
  }
  if (Array.isArray(x) && Array.isArray(y) && x instanceof PyTuple === y instanceof PyTuple) {
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      if (!eq(x[i], y[i])) return compare(op, x[i], y[i]);
    }
    return test(op, x.length - y.length);
  }
  if (x instanceof Set && y instanceof Set) {
    const sub = (p: Set<unknown>, q: Set<unknown>) => [...p].every((v) => q.has(v));
    if (op === "<=") return sub(x, y);
    if (op === ">=") return sub(y, x);
    if (op === "<") return x.size < y.size && sub(x, y);
    return y.size < x.size && sub(y, x);
  }
  const [name, reflected] = dunders[op];
  const f = (a as Record<string, unknown> | null)?.[name];
  if (a !== null && typeof a === "object" && typeof f === "function") {
    const r = f.call(a, b);
    if (typeof r !== "symbol") return Boolean(r);
  }
  const g = (b as Record<string, unknown> | null)?.[reflected];
  if (b !== null && typeof b === "object" && typeof g === "function") {
    const r = g.call(b, a);
    if (typeof r !== "symbol") return Boolean(r);
  }
  throw new TypeError(
    `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`,
  );
}

/** Python's `a < b`. */
export function lt(a: unknown, b: unknown): boolean {
  return compare("<", a, b);
}
/** Python's `a <= b`. */
export function le(a: unknown, b: unknown): boolean {
  return compare("<=", a, b);
}
/** Python's `a > b`. */
export function gt(a: unknown, b: unknown): boolean {
  return compare(">", a, b);
}
/** Python's `a >= b`. */
export function ge(a: unknown, b: unknown): boolean {
  return compare(">=", a, b);
}
