// Python's `math` module on JS numbers, with CPython's errors ("math domain error") and its exact
// algorithms where JS has none (fsum, gcd, isqrt, comb). Mirrors Modules/mathmodule.c.

import { exactInt } from "../builtins/exactint.js";
import { OverflowError, TypeError, ValueError, ZeroDivisionError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { iterate } from "../builtins/iteration.js";
import { isKwargs } from "../builtins/kwargs.js";
import * as libm from "../builtins/libm.js";
import { typeName } from "../builtins/pytype.js";
import { PyTuple } from "../builtins/tuple.js";

function real(x: unknown): number {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof PyFloat) return x.value;
  if (typeof x === "bigint") return Number(x);
  throw new TypeError(`must be real number, not ${typeName(x)}`);
}

function integer(x: unknown): number {
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "number" && Number.isInteger(x)) return x;
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

function domain(ok: boolean): void {
  if (!ok) throw new ValueError("math domain error");
}

function ranged(r: number, ...args: number[]): number {
  if (!Number.isFinite(r) && args.every(Number.isFinite))
    throw new OverflowError("math range error");
  return r;
}

function toInt(x: number): number {
  if (Number.isNaN(x)) throw new ValueError(`cannot convert float NaN to integer`);
  if (!Number.isFinite(x)) throw new OverflowError(`cannot convert float infinity to integer`);
  return x + 0;
}

function gcd2(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Shewchuk's exactly rounded sum, as `math.fsum`. */
function fsum(xs: unknown): number {
  const partials: number[] = [];
  let special = 0;
  let inf = 0;
  for (const v of iterate(xs)) {
    let x = real(v);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) special = NaN;
      else if (inf !== 0 && inf !== x) special = NaN;
      else inf = x;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  if (Number.isNaN(special)) {
    if (inf !== 0) throw new ValueError("-inf + inf in fsum");
    return NaN;
  }
  if (inf !== 0) return inf;
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

function factorial(n: unknown): number {
  const k = integer(n);
  if (k < 0) throw new ValueError("factorial() not defined for negative values");
  let r = 1n;
  for (let i = 2n; i <= BigInt(k); i++) r *= i;
  return exactInt(r);
}

function comb(n: unknown, k: unknown): number {
  const a = integer(n);
  const b = integer(k);
  if (a < 0) throw new ValueError("n must be a non-negative integer");
  if (b < 0) throw new ValueError("k must be a non-negative integer");
  if (b > a) return 0;
  let r = 1n;
  const kk = Math.min(b, a - b);
  for (let i = 1; i <= kk; i++) r = (r * BigInt(a - kk + i)) / BigInt(i);
  return exactInt(r);
}

function perm(n: unknown, k: unknown = null): number {
  const a = integer(n);
  const b = k === null ? a : integer(k);
  if (a < 0) throw new ValueError("n must be a non-negative integer");
  if (b < 0) throw new ValueError("k must be a non-negative integer");
  if (b > a) return 0;
  let r = 1n;
  for (let i = a - b + 1; i <= a; i++) r *= BigInt(i);
  return exactInt(r);
}

/** The next double after x towards y (IEEE nextafter). */
function nextDouble(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigUint64(0);
  bits += y > x === x > 0 ? 1n : -1n;
  buf.setBigUint64(0, bits);
  return buf.getFloat64(0);
}

const mathModule = {
  pi: Math.PI,
  e: Math.E,
  tau: 2 * Math.PI,
  inf: Infinity,
  nan: NaN,
  sqrt: (x: unknown) => {
    const v = real(x);
    domain(v >= 0 || Number.isNaN(v));
    return Math.sqrt(v);
  },
  isqrt: (x: unknown) => {
    const n = integer(x);
    if (n < 0) throw new ValueError("isqrt() argument must be nonnegative");
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  },
  floor: (x: unknown) =>
    typeof x === "number" && Number.isInteger(x) ? x : toInt(Math.floor(real(x))),
  ceil: (x: unknown) =>
    typeof x === "number" && Number.isInteger(x) ? x : toInt(Math.ceil(real(x))),
  trunc: (x: unknown) => toInt(Math.trunc(real(x))),
  fabs: (x: unknown) => Math.abs(real(x)),
  exp: (x: unknown) => ranged(libm.exp(real(x)), real(x)),
  expm1: (x: unknown) => ranged(Math.expm1(real(x)), real(x)),
  log: (x: unknown, base: unknown = null) => {
    const v = real(x);
    domain(v > 0 || Number.isNaN(v) || v === Infinity);
    if (base === null) return libm.log(v);
    const b = real(base);
    domain(b > 0);
    const den = libm.log(b);
    if (den === 0) throw new ZeroDivisionError("float division by zero");
    return libm.log(v) / den;
  },
  log2: (x: unknown) => {
    const v = real(x);
    domain(v > 0 || Number.isNaN(v));
    return libm.log2(v);
  },
  log10: (x: unknown) => {
    const v = real(x);
    domain(v > 0 || Number.isNaN(v));
    return Math.log10(v);
  },
  log1p: (x: unknown) => {
    const v = real(x);
    domain(v > -1 || Number.isNaN(v));
    return Math.log1p(v);
  },
  pow: (x: unknown, y: unknown) => {
    const a = real(x);
    const b = real(y);
    if (a === 0 && b < 0) throw new ValueError("math domain error");
    const r = libm.pow(a, b);
    if (Number.isNaN(r) && !Number.isNaN(a) && !Number.isNaN(b)) {
      if (a === 1 || b === 0) return 1;
      throw new ValueError("math domain error");
    }
    return ranged(r, a, b);
  },
  sin: (x: unknown) => libm.sin(real(x)),
  cos: (x: unknown) => libm.cos(real(x)),
  tan: (x: unknown) => libm.tan(real(x)),
  asin: (x: unknown) => {
    const v = real(x);
    domain(Math.abs(v) <= 1 || Number.isNaN(v));
    return Math.asin(v);
  },
  acos: (x: unknown) => {
    const v = real(x);
    domain(Math.abs(v) <= 1 || Number.isNaN(v));
    return Math.acos(v);
  },
  atan: (x: unknown) => Math.atan(real(x)),
  atan2: (y: unknown, x: unknown) => Math.atan2(real(y), real(x)),
  sinh: (x: unknown) => Math.sinh(real(x)),
  cosh: (x: unknown) => Math.cosh(real(x)),
  tanh: (x: unknown) => Math.tanh(real(x)),
  asinh: (x: unknown) => Math.asinh(real(x)),
  acosh: (x: unknown) => {
    const v = real(x);
    domain(v >= 1 || Number.isNaN(v));
    return Math.acosh(v);
  },
  atanh: (x: unknown) => {
    const v = real(x);
    domain(Math.abs(v) < 1 || Number.isNaN(v));
    return Math.atanh(v);
  },
  cbrt: (x: unknown) => libm.cbrt(real(x)),
  exp2: (x: unknown) => ranged(libm.pow(2, real(x)), real(x)),
  remainder: (x: unknown, y: unknown) => {
    const a = real(x);
    const b = real(y);
    if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
    domain(Number.isFinite(a) && b !== 0);
    if (!Number.isFinite(b)) return a;
    const m = Math.abs(a % b);
    const half = Math.abs(b) / 2;
    const r =
      m > half || (m === half && Math.round((Math.abs(a) - m) / Math.abs(b)) % 2 === 1)
        ? m - Math.abs(b)
        : m;
    return a < 0 ? -r : r;
  },
  nextafter: (x: unknown, y: unknown) => nextDouble(real(x), real(y)),
  ulp: (x: unknown) => {
    const v = Math.abs(real(x));
    if (Number.isNaN(v) || v === Infinity) return v;
    return nextDouble(v, Infinity) - v;
  },
  hypot: (...xs: unknown[]) => Math.hypot(...xs.map(real)),
  dist: (p: unknown, q: unknown) => {
    const a = Array.from(iterate(p), real);
    const b = Array.from(iterate(q), real);
    if (a.length !== b.length)
      throw new ValueError("both points must have the same number of dimensions");
    return Math.hypot(...a.map((x, i) => x - b[i]!));
  },
  degrees: (x: unknown) => real(x) * (180.0 / Math.PI),
  radians: (x: unknown) => real(x) * (Math.PI / 180.0),
  copysign: (x: unknown, y: unknown) => {
    const a = Math.abs(real(x));
    const b = real(y);
    return b < 0 || Object.is(b, -0) ? -a : a;
  },
  fmod: (x: unknown, y: unknown) => {
    const a = real(x);
    const b = real(y);
    domain(!(b === 0 || !Number.isFinite(a)) || Number.isNaN(a) || Number.isNaN(b));
    return a % b;
  },
  modf: (x: unknown) => {
    const v = real(x);
    const i = Math.trunc(v);
    return PyTuple.of(
      new PyFloat(Number.isFinite(v) ? v - i : Object.is(v, -Infinity) ? -0 : 0),
      new PyFloat(i),
    );
  },
  frexp: (x: unknown) => {
    const v = real(x);
    if (v === 0 || !Number.isFinite(v)) return PyTuple.of<unknown>(new PyFloat(v), 0);
    let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(v))) + 1);
    let m = v * 2 ** -e;
    while (Math.abs(m) < 0.5) {
      m *= 2;
      e--;
    }
    while (Math.abs(m) >= 1) {
      m /= 2;
      e++;
    }
    return PyTuple.of<unknown>(new PyFloat(m), e);
  },
  ldexp: (x: unknown, i: unknown) => ranged(real(x) * 2 ** integer(i), real(x)),
  isfinite: (x: unknown) => Number.isFinite(real(x)),
  isinf: (x: unknown) => {
    const v = real(x);
    return v === Infinity || v === -Infinity;
  },
  isnan: (x: unknown) => Number.isNaN(real(x)),
  isclose: (a: unknown, b: unknown, ...rest: unknown[]) => {
    if (rest.length > 1 || (rest.length === 1 && !isKwargs(rest[0]))) {
      throw new TypeError(
        `isclose() takes exactly 2 positional arguments (${2 + rest.length} given)`,
      );
    }
    const kw = (rest[0] ?? {}) as { rel_tol?: number; abs_tol?: number };
    const rel = Number(kw.rel_tol ?? 1e-9);
    const abs = Number(kw.abs_tol ?? 0.0);
    if (rel < 0 || abs < 0) throw new ValueError("tolerances must be non-negative");
    const x = real(a);
    const y = real(b);
    if (x === y) return true;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
    const diff = Math.abs(y - x);
    return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
  },
  gcd: (...xs: unknown[]) => xs.map((x) => integer(x)).reduce(gcd2, 0),
  lcm: (...xs: unknown[]) =>
    xs
      .map((x) => integer(x))
      .reduce((a, b) => (a === 0 || b === 0 ? 0 : Math.abs((a / gcd2(a, b)) * b)), 1),
  prod: (xs: unknown, ...rest: unknown[]) => {
    const kw = (rest[0] ?? {}) as { start?: unknown };
    let r: number = real(kw.start ?? 1);
    for (const x of iterate(xs)) r *= real(x);
    return r;
  },
};

// Named exports, so that `import * as math from "./math.js"` is Python's module.
export const {
  pi,
  e,
  tau,
  inf,
  nan,
  sqrt,
  isqrt,
  floor,
  ceil,
  trunc,
  fabs,
  exp,
  expm1,
  log,
  log2,
  log10,
  log1p,
  pow,
  sin,
  cos,
  tan,
  asin,
  acos,
  atan,
  atan2,
  sinh,
  cosh,
  tanh,
  hypot,
  dist,
  degrees,
  radians,
  copysign,
  fmod,
  modf,
  frexp,
  ldexp,
  isfinite,
  isinf,
  isnan,
  isclose,
  gcd,
  lcm,
  prod,
  asinh,
  acosh,
  atanh,
  cbrt,
  exp2,
  remainder,
  nextafter,
  ulp,
} = mathModule;
export { comb, factorial, fsum, perm };
