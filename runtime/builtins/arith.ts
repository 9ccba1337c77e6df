// Python's arithmetic operators where JS differs: floor division and modulo with the divisor's
// sign, `**`, `/` by zero, `+`/`*` on sequences, and exact ints or OverflowError (contract §3).
// Mirrors Objects/longobject.c and float_divmod in Objects/floatobject.c.

import { addPairs, PyDict } from "./dict.js";
import { exactInt, exactIntOp } from "./exactint.js";
import { OverflowError, TypeError, ValueError, ZeroDivisionError } from "./exceptions.js";
import { floatResult, isFloatValue, numResult, PyFloat } from "./float.js";
import { percent } from "./format.js";
import { pow as libmPow } from "./libm.js";
import { typeName } from "./pytype.js";
import { PySet } from "./set.js";
import { makeTuple, PyTuple } from "./tuple.js";

type Num = number;

function num(x: unknown): Num | undefined {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof PyFloat) return x.value;
  return undefined;
}

function isInt(x: unknown): boolean {
  return typeof x === "boolean" || (typeof x === "number" && Number.isInteger(x));
}

/** An int result of `a op b` as computed in floating point, redone exactly past 2^53. */
function checkInt(
  r: number,
  a: unknown,
  b: unknown,
  exact: (x: bigint, y: bigint) => bigint,
): number {
  if (!isInt(a) || !isInt(b)) return r;
  return exactIntOp(r, () => exact(BigInt(Number(a)), BigInt(Number(b))));
}

function unsupported(op: string, a: unknown, b: unknown): never {
  throw new TypeError(
    `unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`,
  );
}

function dunder(a: unknown, b: unknown, name: string, rname: string): unknown {
  const fa = (a as Record<string, unknown> | null)?.[name];
  if (a !== null && typeof a === "object" && typeof fa === "function") {
    const r = fa.call(a, b);
    if (r !== NotImplemented) return r;
  }
  const fb = (b as Record<string, unknown> | null)?.[rname];
  if (b !== null && typeof b === "object" && typeof fb === "function") {
    const r = fb.call(b, a);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

/**
 * Int arithmetic when an operand is a BigInt (from `hash()` or `getrandbits(64)`): exact, and a
 * number again once the result is small. Undefined when the operands are not both ints.
 */
function bigOp(a: unknown, b: unknown, op: (x: bigint, y: bigint) => bigint): any {
  if (typeof a !== "bigint" && typeof b !== "bigint") return undefined;
  const toBig = (v: unknown) =>
    typeof v === "bigint"
      ? v
      : typeof v === "boolean"
        ? BigInt(v)
        : typeof v === "number" && Number.isInteger(v)
          ? BigInt(v)
          : undefined;
  const x = toBig(a);
  const y = toBig(b);
  if (x === undefined || y === undefined) return undefined;
  const r = op(x, y);
  return r >= -(2n ** 53n) && r <= 2n ** 53n ? Number(r) : r;
}

function floorDivBig(x: bigint, y: bigint): bigint {
  if (y === 0n) throw new ZeroDivisionError("integer division or modulo by zero");
  const q = x / y;
  return x % y !== 0n && x < 0n !== y < 0n ? q - 1n : q;
}

/** Python's `NotImplemented` singleton (returned by binary dunder methods). */
export const NotImplemented: unique symbol = Symbol("NotImplemented");

/** Python's `a + b`. */
export function add(a: unknown, b: unknown): any {
  const big = bigOp(a, b, (x, y) => x + y);
  if (big !== undefined) return big;
  const x = num(a);
  const y = num(b);
  if (x !== undefined && y !== undefined)
    return numResult(
      checkInt(x + y, a, b, (p, q) => p + q),
      a,
      b,
    );
  if (typeof a === "string") {
    if (typeof b === "string") return a + b;
    throw new TypeError(`can only concatenate str (not "${typeName(b)}") to str`);
  }
  if (Array.isArray(a)) {
    const aTuple = a instanceof PyTuple;
    if (Array.isArray(b) && aTuple === b instanceof PyTuple) {
      return aTuple ? makeTuple([...a, ...b]) : [...a, ...b];
    }
    if (!(b !== null && typeof b === "object" && "__radd__" in b)) {
      const kind = aTuple ? "tuple" : "list";
      throw new TypeError(`can only concatenate ${kind} (not "${typeName(b)}") to ${kind}`);
    }
  }
  const r = dunder(a, b, "__add__", "__radd__");
  return r === NotImplemented ? unsupported("+", a, b) : r;
}

/** Python's `a - b` (numbers, sets, `__sub__`). */
export function sub(a: unknown, b: unknown): any {
  const big = bigOp(a, b, (x, y) => x - y);
  if (big !== undefined) return big;
  const x = num(a);
  const y = num(b);
  if (x !== undefined && y !== undefined)
    return numResult(
      checkInt(x - y, a, b, (p, q) => p - q),
      a,
      b,
    );
  if (a instanceof Set && b instanceof Set) return (a as any).difference(b);
  const r = dunder(a, b, "__sub__", "__rsub__");
  return r === NotImplemented ? unsupported("-", a, b) : r;
}

function repeat(seq: unknown, n: unknown): any {
  if (!isInt(n)) {
    throw new TypeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  }
  const k = Math.max(0, Number(n));
  if (typeof seq === "string") return seq.repeat(k);
  const items = seq as unknown[];
  const out: unknown[] = [];
  for (let i = 0; i < k; i++) out.push(...items);
  return seq instanceof PyTuple ? makeTuple(out) : out;
}

/** Python's `a * b` (numbers, str/list/tuple repetition, `__mul__`). */
export function mul(a: unknown, b: unknown): any {
  const big = bigOp(a, b, (x, y) => x * y);
  if (big !== undefined) return big;
  const x = num(a);
  const y = num(b);
  if (x !== undefined && y !== undefined)
    return numResult(
      checkInt(x * y, a, b, (p, q) => p * q),
      a,
      b,
    );
  if (typeof a === "string" || Array.isArray(a)) return repeat(a, b);
  if (typeof b === "string" || Array.isArray(b)) return repeat(b, a);
  const r = dunder(a, b, "__mul__", "__rmul__");
  return r === NotImplemented ? unsupported("*", a, b) : r;
}

function numbers(
  op: string,
  a: unknown,
  b: unknown,
  name: string,
  rname: string,
): [Num, Num] | { r: unknown } {
  const x = num(a);
  const y = num(b);
  if (x !== undefined && y !== undefined) return [x, y];
  const r = dunder(a, b, name, rname);
  if (r === NotImplemented) unsupported(op, a, b);
  return { r };
}

/** Python's `a / b`: always a float; ZeroDivisionError instead of Infinity. */
export function truediv(a: unknown, b: unknown): any {
  const p = numbers("/", a, b, "__truediv__", "__rtruediv__");
  if (!Array.isArray(p)) return p.r;
  const [x, y] = p;
  if (y === 0) {
    throw new ZeroDivisionError(
      isFloatValue(a) || isFloatValue(b) ? "float division by zero" : "division by zero",
    );
  }
  return floatResult(x / y);
}

/** CPython's float_divmod: floor quotient and the remainder with the divisor's sign. */
export function floatDivmod(x: Num, y: Num): [Num, Num] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    const q = x / y;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function intDivmod(x: Num, y: Num): [Num, Num] {
  const q = Math.floor(x / y);
  let r = x - q * y;
  if (!Number.isSafeInteger(x) || !Number.isSafeInteger(y)) {
    const bq = BigInt(x) / BigInt(y);
    const br = BigInt(x) % BigInt(y);
    const adjust = br !== 0n && br < 0n !== BigInt(y) < 0n;
    return [Number(adjust ? bq - 1n : bq), Number(adjust ? br + BigInt(y) : br)];
  }
  if (r !== 0 && r < 0 !== y < 0) r += y;
  return [q, r + 0];
}

/** Python's `a // b`. */
export function floordiv(a: unknown, b: unknown): any {
  const big = bigOp(a, b, floorDivBig);
  if (big !== undefined) return big;
  const p = numbers("//", a, b, "__floordiv__", "__rfloordiv__");
  if (!Array.isArray(p)) return p.r;
  const [x, y] = p;
  const ints = isInt(a) && isInt(b);
  if (y === 0) {
    throw new ZeroDivisionError(
      ints ? "integer division or modulo by zero" : "float floor division by zero",
    );
  }
  return ints ? intDivmod(x, y)[0] : floatResult(floatDivmod(x, y)[0]);
}

/** Python's `a % b` (numbers: the result has the divisor's sign; str: `%`-formatting). */
export function mod(a: unknown, b: unknown): any {
  const big = bigOp(a, b, (x, y) => {
    if (y === 0n) throw new ZeroDivisionError("integer modulo by zero");
    return x - floorDivBig(x, y) * y;
  });
  if (big !== undefined) return big;
  if (typeof a === "string") return percent(a, b);
  const p = numbers("%", a, b, "__mod__", "__rmod__");
  if (!Array.isArray(p)) return p.r;
  const [x, y] = p;
  const ints = isInt(a) && isInt(b);
  if (y === 0) throw new ZeroDivisionError(ints ? "integer modulo by zero" : "float modulo");
  return ints ? intDivmod(x, y)[1] : floatResult(floatDivmod(x, y)[1]);
}

/** Python's `divmod(a, b)`. */
export function divmod(a: unknown, b: unknown): PyTuple<unknown> {
  const p = numbers("divmod()", a, b, "__divmod__", "__rdivmod__");
  if (!Array.isArray(p)) return p.r as PyTuple<unknown>;
  const [x, y] = p;
  const ints = isInt(a) && isInt(b);
  if (y === 0)
    throw new ZeroDivisionError(ints ? "integer division or modulo by zero" : "float divmod()");
  if (ints) return PyTuple.of<unknown>(...intDivmod(x, y));
  const [q, r] = floatDivmod(x, y);
  return PyTuple.of<unknown>(floatResult(q), floatResult(r));
}

function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let result = 1n;
  base = ((base % m) + m) % m;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % m;
    base = (base * base) % m;
    exp >>= 1n;
  }
  return result;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new ValueError("base is not invertible for the given modulus");
  return ((s0 % m) + m) % m;
}

/** Python's `a ** b` and `pow(a, b, m)`: int ** negative int is a float. */
export function pow(a: unknown, b: unknown, m?: unknown): any {
  if (m !== undefined && m !== null) {
    if (!isInt(a) || !isInt(b) || !isInt(m)) {
      throw new TypeError("pow() 3rd argument not allowed unless all arguments are integers");
    }
    const bm = BigInt(Number(m));
    if (bm === 0n) throw new ValueError("pow() 3rd argument cannot be 0");
    let e = BigInt(Number(b));
    let base = BigInt(Number(a));
    if (e < 0n) {
      base = modInverse(base, bm);
      e = -e;
    }
    let r = modPow(base, e, bm < 0n ? -bm : bm);
    if (bm < 0n && r !== 0n) r += bm;
    return Number(r);
  }
  const p = numbers("** or pow()", a, b, "__pow__", "__rpow__");
  if (!Array.isArray(p)) return p.r;
  const [x, y] = p;
  if (x === 0 && y < 0) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
  if (isInt(a) && isInt(b) && y >= 0) {
    return exactIntOp(x ** y, () => BigInt(x) ** BigInt(y));
  }
  const r = libmPow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
    throw new OverflowError("(34, 'Numerical result out of range')");
  }
  return floatResult(r);
}

/** Python's unary `-x`. */
export function neg(a: unknown): any {
  const x = num(a);
  if (x !== undefined) return x === 0 && isInt(a) ? 0 : numResult(-x, a);
  const f = (a as { __neg__?: () => unknown } | null)?.__neg__;
  if (typeof f === "function") return f.call(a);
  throw new TypeError(`bad operand type for unary -: '${typeName(a)}'`);
}

function intOperand(x: unknown): bigint | undefined {
  if (typeof x === "boolean") return x ? 1n : 0n;
  if (typeof x === "bigint") return x;
  if (typeof x === "number" && Number.isInteger(x)) return BigInt(x);
  return undefined;
}

function bitwise(
  op: string,
  a: unknown,
  b: unknown,
  ints: (x: bigint, y: bigint) => bigint,
  sets: ((x: PySet, y: Set<unknown>) => unknown) | null,
  name: string,
  rname: string,
): any {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x !== undefined && y !== undefined) {
    const r = ints(x, y);
    if (typeof a === "boolean" && typeof b === "boolean") return r !== 0n;
    return r >= -(2n ** 53n) && r <= 2n ** 53n ? Number(r) : exactInt(r);
  }
  if (sets && a instanceof Set && b instanceof Set) {
    return sets(a instanceof PySet ? a : new PySet(a), b);
  }
  const r = dunder(a, b, name, rname);
  return r === NotImplemented ? unsupported(op, a, b) : r;
}

/** Python's `a | b`: ints (any width), set union, dict merge (3.9). */
export function or_(a: unknown, b: unknown): any {
  // A dict subclass's own `|` first (Counter's union of counts).
  const own = (a as { __or__?: unknown } | null)?.__or__;
  if (a instanceof Map && typeof own === "function") {
    const r = own.call(a, b);
    if (r !== NotImplemented) return r;
  }
  if (a instanceof Map && b instanceof Map) {
    const d = new PyDict();
    addPairs(d, a);
    addPairs(d, b);
    return d;
  }
  return bitwise(
    "|",
    a,
    b,
    (x, y) => x | y,
    (s, t) => s.union(t),
    "__or__",
    "__ror__",
  );
}

/** Python's `a & b`: ints (any width), set intersection. */
export function and_(a: unknown, b: unknown): any {
  return bitwise(
    "&",
    a,
    b,
    (x, y) => x & y,
    (s, t) => s.intersection(t),
    "__and__",
    "__rand__",
  );
}

/** Python's `a ^ b`: ints (any width), set symmetric difference. */
export function xor(a: unknown, b: unknown): any {
  return bitwise(
    "^",
    a,
    b,
    (x, y) => x ^ y,
    (s, t) => s.symmetric_difference(t),
    "__xor__",
    "__rxor__",
  );
}

function shiftCount(y: bigint): bigint {
  if (y < 0n) throw new ValueError("negative shift count");
  return y;
}

/** Python's `a << b` (JS's `<<` wraps at 32 bits). */
export function lshift(a: unknown, b: unknown): any {
  return bitwise("<<", a, b, (x, y) => x << shiftCount(y), null, "__lshift__", "__rlshift__");
}

/** Python's `a >> b` (floor shift, any width). */
export function rshift(a: unknown, b: unknown): any {
  return bitwise(">>", a, b, (x, y) => x >> shiftCount(y), null, "__rshift__", "__rrshift__");
}

/** Python's `~a`. */
export function invert(a: unknown): any {
  const x = intOperand(a);
  if (x !== undefined) return Number(-x - 1n);
  const f = (a as { __invert__?: () => unknown } | null)?.__invert__;
  if (a !== null && typeof a === "object" && typeof f === "function") return f.call(a);
  throw new TypeError(`bad operand type for unary ~: '${typeName(a)}'`);
}
