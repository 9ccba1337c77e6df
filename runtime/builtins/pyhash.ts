// CPython's hash() for the values whose hash does not depend on the process (ints, floats, bools,
// tuples of those), as 64-bit signed integers. Mirrors Python/pyhash.c (_Py_HashDouble) and
// tuplehash in Objects/tupleobject.c (xxHash-style lanes, 3.8+). Strings are salted per process
// in CPython, so they have no fixed hash here.

import { PyFloat } from "./float.js";
import { PyTuple } from "./tuple.js";

const P = (1n << 61n) - 1n;
const MASK64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

function signed64(u: bigint): bigint {
  return BigInt.asIntN(64, u);
}

/** hash() of an int. */
export function hashInt(n: bigint): bigint {
  const neg = n < 0n;
  let h = (neg ? -n : n) % P;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}

/** hash() of a float (integral floats hash as the equal int). */
export function hashFloat(x: number): bigint {
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (Number.isInteger(x)) return hashInt(BigInt(x));
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased !== 0) mant |= 1n << 52n;
  const e = biased === 0 ? -1074 : biased - 1075;
  const r = ((e % 61) + 61) % 61;
  let h = (mant * (1n << BigInt(r))) % P;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** CPython's hash of `x` when it is fixed across processes, else null. */
export function pyHash(x: unknown): bigint | null {
  if (typeof x === "boolean") return x ? 1n : 0n;
  if (typeof x === "bigint") return hashInt(x);
  // NaN hashes by identity since 3.10, so it has no fixed hash.
  if (typeof x === "number" || x instanceof PyFloat) {
    const v = Number(x);
    if (Number.isNaN(v)) return null;
    return Number.isInteger(v) ? hashInt(BigInt(v)) : hashFloat(v);
  }
  if (x instanceof PyTuple) {
    let acc = XXPRIME_5;
    for (const item of x) {
      const lane = pyHash(item);
      if (lane === null) return null;
      acc = (acc + BigInt.asUintN(64, lane) * XXPRIME_2) & MASK64;
      acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
      acc = (acc * XXPRIME_1) & MASK64;
    }
    acc = (acc + (BigInt(x.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
    if (acc === MASK64) return 1546275796n;
    return signed64(acc);
  }
  return null;
}
