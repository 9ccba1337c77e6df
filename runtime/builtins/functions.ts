// Python's builtin functions over iterables and numbers: enumerate, zip, sorted, min, max, sum,
// round, any, all, map, filter, reversed, abs, hash, chr, ord, callable, input, anext.
// Mirrors Python/bltinmodule.c.

import { pow as arithPow, floatDivmod } from "./arith.js";
import { gt, lt } from "./compare.js";
import { mapKeys } from "./dict.js";
import { exactIntOp } from "./exactint.js";
import {
  EOFError,
  OverflowError,
  StopAsyncIteration,
  TypeError,
  ValueError,
} from "./exceptions.js";
import { floatResult, isFloatValue, numResult, PyFloat, roundDecimal } from "./float.js";
import { strFormat } from "./format.js";
import { id } from "./ids.js";
import { len } from "./items.js";
import { iter, iterate, PyIterator } from "./iteration.js";
import { hashKey } from "./keys.js";
import { splitKwargs } from "./kwargs.js";
import { writeStdout } from "./output.js";
import { pyHash } from "./pyhash.js";
import { defineBuiltinType, typeName } from "./pytype.js";
import { markBuiltinFunction, toStr } from "./repr.js";
import { truthy } from "./truthy.js";
import { makeTuple, PyTuple } from "./tuple.js";

const builtin = markBuiltinFunction;

/** A builtin that is a Python class of iterators (`enumerate`, `zip`, …): `<class 'zip'>`. */
function iteratorType<F extends (...args: any[]) => any>(name: string, fn: F): F {
  return defineBuiltinType(fn, name, (x) => x instanceof PyIterator && x.__typename__ === name);
}

/** Python's `enumerate(iterable, start=0)`. */
export const enumerate = iteratorType(
  "enumerate",
  function enumerate(...args: unknown[]): PyIterator<PyTuple> {
    const [pos, kw] = splitKwargs(args);
    const start = Number(kw.start ?? pos[1] ?? 0);
    const src = iterate(pos[0]);
    return new PyIterator(
      "enumerate",
      (function* () {
        let i = start;
        for (const x of src) yield PyTuple.of<unknown>(i++, x);
      })(),
    );
  },
);

/** Python's `zip(*iterables, strict=False)`. */
export const zip = iteratorType("zip", function zip(...args: unknown[]): PyIterator<PyTuple> {
  const [pos, kw] = splitKwargs(args);
  const its = pos.map((x) => iterate(x)[Symbol.iterator]());
  return new PyIterator(
    "zip",
    (function* () {
      if (its.length === 0) return;
      for (;;) {
        const row: unknown[] = [];
        for (let i = 0; i < its.length; i++) {
          const r = its[i]!.next();
          if (r.done) {
            if (kw.strict) {
              if (i > 0)
                throw new ValueError(
                  `zip() argument ${i + 1} is shorter than argument${i === 1 ? "" : "s"} 1${i === 1 ? "" : `-${i}`}`,
                );
              for (let j = 1; j < its.length; j++) {
                if (!its[j]!.next().done) {
                  throw new ValueError(
                    `zip() argument ${j + 1} is longer than argument${j === 1 ? "" : "s"} 1${j === 1 ? "" : `-${j}`}`,
                  );
                }
              }
            }
            return;
          }
          row.push(r.value);
        }
        yield PyTuple.of(...row);
      }
    })(),
  );
});

/** Python's `map(func, *iterables)`. */
export const map = iteratorType(
  "map",
  function map(fn: (...xs: any[]) => unknown, ...iterables: unknown[]) {
    const its = iterables.map((x) => iterate(x)[Symbol.iterator]());
    return new PyIterator(
      "map",
      (function* () {
        for (;;) {
          const row: unknown[] = [];
          for (const it of its) {
            const r = it.next();
            if (r.done) return;
            row.push(r.value);
          }
          yield fn(...row);
        }
      })(),
    );
  },
);

/** Python's `filter(func_or_None, iterable)`. */
export const filter = iteratorType(
  "filter",
  function filter(fn: ((x: any) => unknown) | null, xs: unknown) {
    const src = iterate(xs);
    return new PyIterator(
      "filter",
      (function* () {
        for (const x of src) if (fn === null ? truthy(x) : truthy(fn(x))) yield x;
      })(),
    );
  },
);

/** Python's `reversed(seq)`. */
export const reversed = iteratorType("reversed", function reversed(seq: unknown): Iterable<any> {
  const f = (seq as { __reversed__?: () => Iterable<unknown> } | null)?.__reversed__;
  if (seq !== null && typeof seq === "object" && typeof f === "function") {
    return iter(f.call(seq));
  }
  if (typeof seq === "string" || Array.isArray(seq)) {
    const items = typeof seq === "string" ? [...seq] : [...seq];
    return new PyIterator(
      Array.isArray(seq) ? "list_reverseiterator" : "reversed",
      items.reverse()[Symbol.iterator](),
    );
  }
  if (seq instanceof Map) {
    return new PyIterator(
      "dict_reversekeyiterator",
      [...mapKeys(seq)].reverse()[Symbol.iterator](),
    );
  }
  throw new TypeError(`'${typeName(seq)}' object is not reversible`);
});

/** Python's `sorted(iterable, key=None, reverse=False)`: stable, Python comparisons. */
export const sorted = builtin("sorted", function sorted(...args: unknown[]): any[] {
  const [pos, kw] = splitKwargs(args);
  const items = Array.from(iterate(pos[0]));
  sortInPlace(items, kw.key as ((x: unknown) => unknown) | null | undefined, truthy(kw.reverse));
  return items;
});

/** Sorts like `list.sort(key=, reverse=)`: stable, and reverse keeps equal items in order. */
export function sortInPlace(
  items: unknown[],
  key: ((x: unknown) => unknown) | null | undefined,
  reverse: boolean,
): void {
  const keyed = items.map((x) => ({ k: key ? key(x) : x, x }));
  if (reverse) keyed.reverse();
  keyed.sort((a, b) => (lt(a.k, b.k) ? -1 : lt(b.k, a.k) ? 1 : 0));
  if (reverse) keyed.reverse();
  for (let i = 0; i < items.length; i++) items[i] = keyed[i]!.x;
}

function extreme(name: "min" | "max", args: unknown[]): any {
  const [pos, kw] = splitKwargs(args);
  const key = kw.key as ((x: unknown) => unknown) | null | undefined;
  let items: Iterable<unknown>;
  if (pos.length === 1) {
    items = iterate(pos[0]);
  } else {
    if (pos.length === 0) throw new TypeError(`${name} expected at least 1 argument, got 0`);
    if ("default" in kw) {
      throw new TypeError(
        `Cannot specify a default for ${name}() with multiple positional arguments`,
      );
    }
    items = pos;
  }
  let best: unknown;
  let bestKey: unknown;
  let first = true;
  for (const x of items) {
    const k = key ? key(x) : x;
    if (first || (name === "min" ? lt(k, bestKey) : gt(k, bestKey))) {
      best = x;
      bestKey = k;
      first = false;
    }
  }
  if (first) {
    if ("default" in kw) return kw.default;
    throw new ValueError(`${name}() arg is an empty sequence`);
  }
  return best;
}

/** Python's `min(iterable, *, key=None, default=…)` / `min(a, b, *args, key=None)`. */
export const min = builtin("min", function min(...args: unknown[]): any {
  return extreme("min", args);
});

/** Python's `max(iterable, *, key=None, default=…)` / `max(a, b, *args, key=None)`. */
export const max = builtin("max", function max(...args: unknown[]): any {
  return extreme("max", args);
});

/** Python's `sum(iterable, start=0)`: numbers, or lists with a list start. */
export const sum = builtin("sum", function sum(...args: unknown[]): any {
  const [pos, kw] = splitKwargs(args);
  let total: any = kw.start ?? pos[1] ?? 0;
  if (typeof total === "string") {
    throw new TypeError("sum() can't sum strings [use ''.join(seq) instead]");
  }
  for (const x of iterate(pos[0])) {
    const a = total instanceof PyFloat ? total.value : total;
    const b = x instanceof PyFloat ? x.value : x;
    if (typeof a === "number" && (typeof b === "number" || typeof b === "boolean")) {
      const y = Number(b);
      total =
        Number.isInteger(a) && Number.isInteger(y) && !isFloatValue(total) && !isFloatValue(x)
          ? exactIntOp(a + y, () => BigInt(a) + BigInt(y))
          : numResult(a + y, total, x);
    } else if (Array.isArray(a) && Array.isArray(b)) {
      total = a instanceof PyTuple ? makeTuple([...a, ...b]) : [...a, ...b];
    } else if (typeof b === "string") {
      throw new TypeError(`unsupported operand type(s) for +: '${typeName(a)}' and 'str'`);
    } else {
      const f = (a as { __add__?: (b: unknown) => unknown } | null)?.__add__;
      if (a !== null && typeof a === "object" && typeof f === "function") total = f.call(a, b);
      else {
        const g = (b as { __radd__?: (a: unknown) => unknown } | null)?.__radd__;
        if (b !== null && typeof b === "object" && typeof g === "function") total = g.call(b, a);
        else
          throw new TypeError(
            `unsupported operand type(s) for +: '${typeName(a)}' and '${typeName(b)}'`,
          );
      }
    }
  }
  return total;
});

/** Python's `abs(x)`. */
export const abs = builtin("abs", function abs(x: unknown): any {
  if (typeof x === "number") return Math.abs(x);
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof PyFloat) return floatResult(Math.abs(x.value));
  const f = (x as { __abs__?: () => unknown } | null)?.__abs__;
  if (x !== null && typeof x === "object" && typeof f === "function") return f.call(x);
  throw new TypeError(`bad operand type for abs(): '${typeName(x)}'`);
});

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Python's `round(number, ndigits=None)`: half to even, correctly rounded for floats. */
export const round = builtin("round", function round(x: unknown, ndigits: unknown = null): any {
  const f = (x as { __round__?: (n: unknown) => unknown } | null)?.__round__;
  if (x !== null && typeof x === "object" && typeof f === "function") return f.call(x, ndigits);
  if (typeof x === "boolean") x = x ? 1 : 0;
  if (typeof x !== "number" && !(x instanceof PyFloat)) {
    throw new TypeError(`type ${typeName(x)} doesn't define __round__ method`);
  }
  const v = Number(x);
  const isFloat = isFloatValue(x);
  if (ndigits === null || ndigits === undefined) {
    if (Number.isNaN(v)) throw new ValueError("cannot convert float NaN to integer");
    if (!Number.isFinite(v)) throw new OverflowError("cannot convert float infinity to integer");
    return roundHalfEven(v) + 0;
  }
  const n = Number(ndigits);
  if (!isFloat) {
    if (n >= 0) return v;
    const p = 10 ** -n;
    const [q, r] = floatDivmod(v, p);
    const twice = 2 * r;
    const up = twice > p || (twice === p && q % 2 !== 0);
    return (up ? q + 1 : q) * p;
  }
  if (!Number.isFinite(v) || v === 0 || n > 308) return floatResult(v);
  if (n < -308) return floatResult(0 * v);
  const r = roundDecimal(v, n, false);
  const text = `${v < 0 ? "-" : ""}${r.digits}e${r.exp - r.digits.length + 1}`;
  return floatResult(Number(text));
});

/** Python's `any(iterable)`. */
export const any = builtin("any", function any(xs: unknown): boolean {
  for (const x of iterate(xs)) if (truthy(x)) return true;
  return false;
});

/** Python's `all(iterable)`. */
export const all = builtin("all", function all(xs: unknown): boolean {
  for (const x of iterate(xs)) if (!truthy(x)) return false;
  return true;
});

/** Python's `hash(x)`: CPython's value for ints, floats and tuples; others are stable per run. */
export const hash = builtin("hash", function hash(x: unknown): number | bigint {
  const f = (x as { __hash__?: () => number } | null)?.__hash__;
  if (x !== null && typeof x === "object" && typeof f === "function") return f.call(x);
  const k = hashKey(x);
  const h = pyHash(k);
  if (h !== null) return Number.isSafeInteger(Number(h)) ? Number(h) : h;
  if (typeof k === "string") {
    let s = 0;
    for (let i = 0; i < k.length; i++) s = (Math.imul(s, 31) + k.charCodeAt(i)) | 0;
    return s;
  }
  return Math.floor(id(k) / 16);
});

/** Python's `chr(i)`. */
export const chr = builtin("chr", function chr(i: number): string {
  if (!Number.isInteger(i))
    throw new TypeError(`'${typeName(i)}' object cannot be interpreted as an integer`);
  if (i < 0 || i > 0x10ffff) throw new ValueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(i);
});

/** Python's `ord(c)`. */
export const ord = builtin("ord", function ord(c: string): number {
  if (typeof c !== "string") {
    throw new TypeError(`ord() expected string of length 1, but ${typeName(c)} found`);
  }
  const chars = [...c];
  if (chars.length !== 1) {
    throw new TypeError(`ord() expected a character, but string of length ${chars.length} found`);
  }
  return chars[0]!.codePointAt(0)!;
});

/** Python's `callable(x)`. */
export const callable = builtin("callable", function callable(x: unknown): boolean {
  return (
    typeof x === "function" || typeof (x as { __call__?: unknown } | null)?.__call__ === "function"
  );
});

/** Python's `input(prompt='')`: there is no stdin, so it raises EOFError after the prompt. */
export const input = builtin("input", function input(prompt: unknown = ""): never {
  const text = toStr(prompt);
  if (text !== "") writeStdout(text);
  throw new EOFError("EOF when reading a line");
});

/** Python's `anext(async_iterator[, default])`: an awaitable of the next item. */
export const anext = builtin(
  "anext",
  async function anext(it: unknown, ...dflt: unknown[]): Promise<any> {
    const f = (it as { __anext__?: () => unknown } | null)?.__anext__;
    if (it === null || typeof it !== "object" || typeof f !== "function") {
      throw new TypeError(`'${typeName(it)}' object is not an async iterator`);
    }
    try {
      return await (f.call(it) as Promise<unknown>);
    } catch (e) {
      if (e instanceof StopAsyncIteration && dflt.length > 0) return dflt[0];
      throw e;
    }
  },
);

/** Python's `aiter(async_iterable)`. */
export const aiter = builtin("aiter", function aiter(x: unknown): any {
  const f = (x as { __aiter__?: () => unknown } | null)?.__aiter__;
  if (x === null || typeof x !== "object" || typeof f !== "function") {
    throw new TypeError(`'${typeName(x)}' object is not an async iterable`);
  }
  return f.call(x);
});

builtin("len", len);

function radix(prefix: string, base: number, name: string) {
  return builtin(name, (x: unknown): string => {
    let n: number | bigint;
    if (typeof x === "boolean") n = x ? 1 : 0;
    else if (typeof x === "bigint" || (typeof x === "number" && Number.isInteger(x))) n = x;
    else {
      const f = (x as { __index__?: () => number } | null)?.__index__;
      if (x === null || typeof x !== "object" || typeof f !== "function") {
        throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
      }
      n = f.call(x);
    }
    const big = BigInt(n);
    return (big < 0n ? "-" : "") + prefix + (big < 0n ? -big : big).toString(base);
  });
}

/** Python's `hex(x)`: `0xff`. */
export const hex = radix("0x", 16, "hex");
/** Python's `oct(x)`: `0o17`. */
export const oct = radix("0o", 8, "oct");
/** Python's `bin(x)`: `0b101`. */
export const bin = radix("0b", 2, "bin");

/** Python's `pow(base, exp[, mod])`. */
export const pow = builtin("pow", function pow(base: unknown, exp: unknown, mod: unknown = null) {
  return arithPow(base, exp, mod);
});

/** Python's `ascii(x)`: `repr` with non-ASCII characters escaped. */
export const ascii = builtin("ascii", function ascii(x: unknown): string {
  return strFormat("{!a}", x);
});
