// Python's `range`: a lazy, sized, indexable sequence with `range(0, 5)` as its repr.
// Mirrors Objects/rangeobject.c.

import { IndexError, TypeError, ValueError } from "./exceptions.js";
import { aliasType, defineBuiltinType, typeName } from "./pytype.js";

function asIndex(x: unknown): number {
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "bigint") return Number(x);
  const o = x as { __index__?: () => number } | null;
  if (o !== null && typeof o === "object" && typeof o.__index__ === "function")
    return o.__index__();
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

/** A Python range object. */
export class PyRange implements Iterable<number> {
  /** First value. */
  readonly start: number;
  /** Bound (exclusive). */
  readonly stop: number;
  /** Step (never 0). */
  readonly step: number;

  constructor(start: number, stop: number, step: number) {
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  /** How many values the range yields. */
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }

  /** Iterates the values lazily. */
  *[Symbol.iterator](): Iterator<number> {
    const { start, stop, step } = this;
    if (step > 0) for (let i = start; i < stop; i += step) yield i;
    else for (let i = start; i > stop; i += step) yield i;
  }

  /** `len(r)`. */
  __len__(): number {
    return this.length;
  }

  /** `r[i]` (negative indexes count from the end). */
  __getitem__(i: number): number {
    const n = this.length;
    const j = i < 0 ? i + n : i;
    if (j < 0 || j >= n) throw new IndexError("range object index out of range");
    return this.start + j * this.step;
  }

  /** `x in r`, without iterating. */
  __contains__(x: unknown): boolean {
    if (typeof x !== "number" || !Number.isInteger(x)) return false;
    const { start, stop, step } = this;
    if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return false;
    return (x - start) % step === 0;
  }

  /** `reversed(r)`. */
  __reversed__(): Iterable<number> {
    const n = this.length;
    return new PyRange(this.start + (n - 1) * this.step, this.start - this.step, -this.step);
  }

  /** `r.index(x)`. */
  index(x: unknown): number {
    if (!this.__contains__(x)) throw new ValueError(`${String(x)} is not in range`);
    return ((x as number) - this.start) / this.step;
  }

  /** `r.count(x)`. */
  count(x: unknown): number {
    return this.__contains__(x) ? 1 : 0;
  }

  /** `range(0, 5)` / `range(0, 10, 2)`. */
  __repr__(): string {
    return this.step === 1
      ? `range(${this.start}, ${this.stop})`
      : `range(${this.start}, ${this.stop}, ${this.step})`;
  }

  /** `r1 == r2`: same sequence of values. */
  __eq__(other: unknown): boolean {
    if (!(other instanceof PyRange)) return false;
    const n = this.length;
    if (n !== other.length) return false;
    if (n === 0) return true;
    if (this.start !== other.start) return false;
    return n === 1 || this.step === other.step;
  }
}

/** Python's `range(stop)` / `range(start, stop[, step])`. */
export const range = defineBuiltinType(
  function range(...args: unknown[]): PyRange {
    if (args.length === 0) throw new TypeError("range expected at least 1 argument, got 0");
    if (args.length > 3)
      throw new TypeError(`range expected at most 3 arguments, got ${args.length}`);
    const [a, b, c] = args.map(asIndex);
    if (args.length === 1) return new PyRange(0, a!, 1);
    const step = c ?? 1;
    if (step === 0) throw new ValueError("range() arg 3 must not be zero");
    return new PyRange(a!, b!, step);
  },
  "range",
  (x) => x instanceof PyRange,
);

/** Converts a value to an index as `operator.index` does (TypeError for floats). */
export { asIndex };

aliasType(PyRange, "range");
