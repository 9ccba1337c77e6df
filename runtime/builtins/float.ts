// Python floats on JS numbers: the PyFloat box that remembers "this is a float", and CPython's
// float repr (shortest round-trip digits, exponent outside 1e-4 ≤ |x| < 1e16). Mirrors Python/pystrtod.c.

/** A number known to be a Python float, so that integral values print as `1.0` (contract §3). */
export class PyFloat {
  /** The float's value. */
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
  /** Lets arithmetic on a box see the number. */
  valueOf(): number {
    return this.value;
  }
  /** JS string conversion gives the Python repr. */
  toString(): string {
    return floatRepr(this.value);
  }
}

/** Marks a number as a Python float for printing (contract §3); other values pass through. */
export function asFloat(x: unknown): any {
  return typeof x === "number" ? new PyFloat(x) : x;
}

/** The number inside a PyFloat box, or the value itself. */
export function unbox<T>(x: T | PyFloat): T | number {
  return x instanceof PyFloat ? x.value : x;
}

/** True for a value that Python sees as a float: a PyFloat box or a non-integral number. */
export function isFloatValue(x: unknown): boolean {
  return x instanceof PyFloat || (typeof x === "number" && !Number.isInteger(x));
}

/**
 * The result of a float operation: boxed when it is integral, so that `1.0` stays a float through
 * `round`, `sum`, `py.add`… (float in, float out); other numbers print as floats anyway.
 */
export function floatResult(r: number): number | PyFloat {
  return Number.isInteger(r) ? new PyFloat(r) : r;
}

/** `floatResult(r)` when any operand is a Python float, else `r` (an int result of ints). */
export function numResult(r: number, a: unknown, b?: unknown): number | PyFloat {
  return isFloatValue(a) || isFloatValue(b) ? floatResult(r) : r;
}

/** Shortest round-trip digits of |x| (finite, non-zero) and the decimal exponent of the first digit. */
export function shortestDigits(x: number): { digits: string; exp: number } {
  const [mant, e] = Math.abs(x).toExponential().split("e");
  return { digits: mant!.replace(".", ""), exp: Number(e) };
}

/** CPython's `repr(float)`. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const { digits, exp } = shortestDigits(x);
  if (exp < -4 || exp >= 16) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const es = Math.abs(exp).toString().padStart(2, "0");
    return `${sign}${mant}e${exp < 0 ? "-" : "+"}${es}`;
  }
  return sign + placePoint(digits, exp, true);
}

/** Writes digits d1d2d3… (first digit at decimal exponent exp) in fixed notation. */
export function placePoint(digits: string, exp: number, forceFraction: boolean): string {
  let intPart: string;
  let frac: string;
  if (exp < 0) {
    intPart = "0";
    frac = "0".repeat(-exp - 1) + digits;
  } else if (digits.length > exp + 1) {
    intPart = digits.slice(0, exp + 1);
    frac = digits.slice(exp + 1);
  } else {
    intPart = digits + "0".repeat(exp + 1 - digits.length);
    frac = "";
  }
  if (frac === "" && forceFraction) frac = "0";
  return frac === "" ? intPart : `${intPart}.${frac}`;
}

/** The exact decimal expansion of |x| (finite): all digits and the number of integer digits. */
export function exactDecimal(x: number): { digits: string; pointPos: number } {
  x = Math.abs(x);
  if (x === 0) return { digits: "0", pointPos: 1 };
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) {
    e = -1074;
  } else {
    mant |= 1n << 52n;
    e = biased - 1075;
  }
  if (e >= 0) {
    const s = (mant << BigInt(e)).toString();
    return { digits: s, pointPos: s.length };
  }
  let s = (mant * 5n ** BigInt(-e)).toString();
  if (s.length <= -e) s = "0".repeat(-e - s.length + 1) + s;
  return { digits: s, pointPos: s.length + e };
}

/**
 * Rounds the exact decimal value of |x| half-to-even, keeping `keep` digits after the position
 * `pointPos` (or `keep` significant digits when `significant`). Returns digits and the exponent of
 * the first digit, as the correctly rounded result CPython's dtoa gives.
 */
export function roundDecimal(
  x: number,
  keep: number,
  significant: boolean,
): { digits: string; exp: number } {
  let { digits, pointPos } = exactDecimal(x);
  // Strip leading zeros so the first digit is significant.
  const lead = digits.search(/[1-9]/);
  if (lead < 0) {
    return significant
      ? { digits: "0".repeat(Math.max(keep, 1)), exp: 0 }
      : { digits: "0", exp: -keep };
  }
  digits = digits.slice(lead);
  pointPos -= lead;
  const exp = pointPos - 1;
  const n = significant ? keep : exp + 1 + keep;
  if (n < 0) return { digits: "0", exp: -keep };
  if (n >= digits.length) return { digits: digits + "0".repeat(n - digits.length), exp };
  let head = digits.slice(0, n);
  const rest = digits.slice(n);
  const first = rest.charCodeAt(0) - 48;
  let up = first > 5 || (first === 5 && /[1-9]/.test(rest.slice(1)));
  if (first === 5 && !up && !/[1-9]/.test(rest.slice(1))) {
    const last = head.length > 0 ? head.charCodeAt(head.length - 1) - 48 : 0;
    up = last % 2 === 1;
  }
  if (!up) return head === "" ? { digits: "0", exp: -keep } : { digits: head, exp };
  if (head === "") return { digits: "1", exp: exp + 1 };
  const bumped = (BigInt(head) + 1n).toString();
  if (bumped.length > head.length) {
    head = significant ? bumped.slice(0, -1) : bumped;
    return { digits: head, exp: exp + 1 };
  }
  return { digits: bumped, exp };
}
