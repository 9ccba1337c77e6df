// Python's subscription, slicing, `in` and `len()`: negative indexes, KeyError/IndexError with
// CPython's wording, and the `__getitem__`-family hooks. Mirrors Objects/abstract.c.

import { eq } from "./compare.js";
import { IndexError, KeyError, TypeError, ValueError } from "./exceptions.js";
import { iterate } from "./iteration.js";
import { hashKey } from "./keys.js";
import { typeName } from "./pytype.js";
import { PyRange } from "./range.js";
import { makeTuple, PyTuple } from "./tuple.js";

/** Strings with characters outside the BMP index by code point, as Python's do. */
const ASTRAL = /[\ud800-\udfff]/;

function kind(o: unknown): string {
  return typeof o === "string" ? "string" : o instanceof PyTuple ? "tuple" : "list";
}

function index(o: { length: number }, k: unknown, what: string, assign = false): number {
  let i: number;
  if (typeof k === "number" && Number.isInteger(k)) i = k;
  else if (typeof k === "boolean") i = k ? 1 : 0;
  else {
    const name = what === "string" ? "string" : what;
    throw new TypeError(`${name} indices must be integers or slices, not ${typeName(k)}`);
  }
  const j = i < 0 ? i + o.length : i;
  if (j < 0 || j >= o.length) {
    throw new IndexError(`${what} ${assign ? "assignment " : ""}index out of range`);
  }
  return j;
}

/** Python's `o[k]`. */
export function getitem(o: unknown, k: unknown): any {
  if (typeof o === "string" || Array.isArray(o)) {
    const what = kind(o);
    const seq = typeof o === "string" && ASTRAL.test(o) ? [...o] : (o as ArrayLike<unknown>);
    return seq[index(seq, k, what)];
  }
  if (o !== null && typeof o === "object") {
    const f = (o as { __getitem__?: (k: unknown) => unknown }).__getitem__;
    if (typeof f === "function") return f.call(o, k);
    if (o instanceof Map) {
      const key = hashKey(k);
      if (!o.has(key)) throw new KeyError(k);
      return Map.prototype.get.call(o, key);
    }
  }
  throw new TypeError(`'${typeName(o)}' object is not subscriptable`);
}

/** Python's `o[k] = v`. */
export function setitem(o: unknown, k: unknown, v: unknown): void {
  if (Array.isArray(o) && !(o instanceof PyTuple)) {
    o[index(o, k, "list", true)] = v;
    return;
  }
  if (o !== null && typeof o === "object") {
    const f = (o as { __setitem__?: (k: unknown, v: unknown) => unknown }).__setitem__;
    if (typeof f === "function") {
      f.call(o, k, v);
      return;
    }
    if (o instanceof Map) {
      o.set(k, v);
      return;
    }
  }
  throw new TypeError(`'${typeName(o)}' object does not support item assignment`);
}

/** Python's `del o[k]`. */
export function delitem(o: unknown, k: unknown): void {
  if (Array.isArray(o) && !(o instanceof PyTuple)) {
    o.splice(index(o, k, "list", true), 1);
    return;
  }
  if (o !== null && typeof o === "object") {
    const f = (o as { __delitem__?: (k: unknown) => unknown }).__delitem__;
    if (typeof f === "function") {
      f.call(o, k);
      return;
    }
    if (o instanceof Map) {
      if (!o.delete(k)) throw new KeyError(k);
      return;
    }
  }
  throw new TypeError(`'${typeName(o)}' object doesn't support item deletion`);
}

/** Resolves Python slice bounds against a length: `[start, stop, step, count]`. */
export function sliceIndices(
  length: number,
  start: unknown,
  stop: unknown,
  step: unknown,
): [number, number, number, number] {
  const st = step === null || step === undefined ? 1 : Number(step);
  if (st === 0) throw new ValueError("slice step cannot be zero");
  const clamp = (v: unknown, dflt: number, lo: number, hi: number): number => {
    if (v === null || v === undefined) return dflt;
    let n = Number(v);
    if (n < 0) n += length;
    return Math.min(Math.max(n, lo), hi);
  };
  const a = st > 0 ? clamp(start, 0, 0, length) : clamp(start, length - 1, -1, length - 1);
  const b = st > 0 ? clamp(stop, length, 0, length) : clamp(stop, -1, -1, length - 1);
  const count =
    st > 0 ? (b > a ? Math.ceil((b - a) / st) : 0) : a > b ? Math.ceil((a - b) / -st) : 0;
  return [a, b, st, count];
}

/** Python's `o[start:stop:step]` for str, list, tuple and range (missing bounds: null). */
export function slice(
  o: unknown,
  start: unknown = null,
  stop: unknown = null,
  step: unknown = null,
): any {
  if (o instanceof PyRange) {
    const [a, , st, n] = sliceIndices(o.length, start, stop, step);
    const first = o.start + a * o.step;
    return new PyRange(first, first + n * st * o.step, st * o.step);
  }
  if (typeof o === "string" && ASTRAL.test(o)) {
    return (slice([...o], start, stop, step) as string[]).join("");
  }
  if (typeof o === "string" || Array.isArray(o)) {
    const [a, , st, n] = sliceIndices(o.length, start, stop, step);
    const out: unknown[] = [];
    for (let i = 0, j = a; i < n; i++, j += st) out.push((o as ArrayLike<unknown>)[j]);
    if (typeof o === "string") return out.join("");
    return o instanceof PyTuple ? makeTuple(out) : out;
  }
  const f = (o as { __getitem__?: (k: unknown) => unknown } | null)?.__getitem__;
  if (typeof f === "function") return f.call(o, { start, stop, step });
  throw new TypeError(`'${typeName(o)}' object is not subscriptable`);
}

/** Python's `x in container`. */
export function contains(container: unknown, x: unknown): boolean {
  if (typeof container === "string") {
    if (typeof x !== "string") {
      throw new TypeError(`'in <string>' requires string as left operand, not ${typeName(x)}`);
    }
    return container.includes(x);
  }
  if (container !== null && typeof container === "object") {
    const f = (container as { __contains__?: (x: unknown) => unknown }).__contains__;
    if (typeof f === "function") return Boolean(f.call(container, x));
    if (container instanceof Map || container instanceof Set) return container.has(hashKey(x));
    if (Array.isArray(container)) return container.some((y) => eq(y, x));
  }
  for (const y of iterate(container)) if (eq(y, x)) return true;
  return false;
}

/** Python's `len(x)`. */
export function len(x: unknown): number {
  if (typeof x === "string") return /[\ud800-\udfff]/.test(x) ? [...x].length : x.length;
  if (x !== null && typeof x === "object") {
    const f = (x as { __len__?: () => unknown }).__len__;
    if (typeof f === "function") return Number(f.call(x));
    if (Array.isArray(x)) return x.length;
    if (x instanceof Map || x instanceof Set) return x.size;
  }
  throw new TypeError(`object of type '${typeName(x)}' has no len()`);
}
