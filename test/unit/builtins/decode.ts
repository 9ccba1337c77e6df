// Turns the fixtures' JSON encodings of Python values into runtime values, and results back into
// what CPython printed (floats re-boxed where Python had a float).

import {
  asFloat,
  BaseException,
  dict,
  PyDict,
  PyFloat,
  PyIterator,
  PySet,
  PyTuple,
  range,
  repr,
  toStr,
} from "../../../runtime/builtins/index.js";

/** A Python value as gen-fixtures.py encodes it. */
export type Enc =
  | { t: "none" }
  | { t: "bool"; v: boolean }
  | { t: "int"; v: number }
  | { t: "float"; v: string }
  | { t: "str"; v: string }
  | { t: "list" | "tuple" | "set"; v: Enc[] }
  | { t: "dict"; v: [Enc, Enc][] }
  | { t: "range"; v: [number, number, number] };

/** What one recorded call did: a value and its repr, or `Type: message`. */
export interface Outcome {
  ok?: Enc;
  repr?: string;
  err?: string;
}

function floatOf(text: string): number {
  if (text === "inf") return Infinity;
  if (text === "-inf") return -Infinity;
  if (text === "nan") return NaN;
  return Number(text);
}

/** The runtime value for an encoding; integral floats become PyFloat boxes. */
export function dec(e: Enc): any {
  switch (e.t) {
    case "none":
      return null;
    case "bool":
    case "int":
    case "str":
      return e.v;
    case "float": {
      const x = floatOf(e.v);
      return Number.isInteger(x) || Object.is(x, -0) ? asFloat(x) : x;
    }
    case "list":
      return e.v.map(dec);
    case "tuple":
      return PyTuple.of(...e.v.map(dec));
    case "set":
      return new PySet(e.v.map(dec));
    case "dict":
      return dict(e.v.map(([k, v]) => [dec(k), dec(v)]));
    case "range":
      return range(...e.v);
  }
}

/** Re-boxes numbers where the recorded Python result had floats, and drains iterators. */
export function floatify(x: any, e: Enc | undefined): any {
  if (e === undefined) return x;
  if (x instanceof PyIterator) x = [...x];
  switch (e.t) {
    case "float":
      return typeof x === "number" ? asFloat(x) : x;
    case "list":
    case "tuple":
      if (!Array.isArray(x)) return x;
      {
        const items = x.map((y, i) => floatify(y, e.v[i]));
        return x instanceof PyTuple ? PyTuple.of(...items) : items;
      }
    case "dict":
      if (!(x instanceof PyDict)) return x;
      {
        const d = new PyDict();
        let i = 0;
        for (const [k, v] of x.pyEntries()) {
          d.set(k, floatify(v, e.v[i++]?.[1]));
        }
        return d;
      }
    default:
      return x;
  }
}

/** `Type: message` of a thrown Python exception (a native JS error shows as `JS …`). */
export function errorText(err: unknown): string {
  if (err instanceof BaseException) return `${err.name}: ${toStr(err)}`;
  return `JS ${String(err)}`;
}

/** Runs `fn` and describes the outcome the way the fixtures do. */
export function observe(fn: () => unknown, expected: Outcome): string {
  try {
    const r = fn();
    return `ok ${repr(floatify(r, expected.ok))}`;
  } catch (err) {
    return `err ${errorText(err)}`;
  }
}

/** The fixture's outcome in the same form as `observe`. */
export function recorded(o: Outcome): string {
  return o.err === undefined ? `ok ${o.repr}` : `err ${o.err}`;
}

/**
 * CPython's outcome, except for an int result that a JS number cannot hold exactly: there the
 * runtime raises OverflowError by design (contract §3). `bigints`: the function answers with a
 * BigInt instead (hash, getrandbits).
 */
export function expected(c: Outcome, bigints = false): string {
  if (c.ok?.t === "int" && !bigints && !holdsExactly(c.repr!)) {
    return "err OverflowError: integer result too large for asyncio-ts";
  }
  return recorded(c);
}

function holdsExactly(digits: string): boolean {
  const n = Number(digits);
  return Number.isFinite(n) && BigInt(n).toString() === digits;
}

export { PyFloat };
