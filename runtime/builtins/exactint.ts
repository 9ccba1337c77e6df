// Python ints on JS numbers (contract §3): an integer result is kept when the number holds it
// exactly (every int up to 2^53, and beyond that those with enough trailing zero bits, such as
// 2**64 or 10**20); otherwise OverflowError, never a silently rounded value.

import { OverflowError } from "./exceptions.js";

/** The message of the OverflowError for an int the runtime cannot hold exactly. */
export const INT_TOO_LARGE = "integer result too large for asyncio-ts";

/** The exact value of `big` as a number, or OverflowError when a number cannot hold it. */
export function exactInt(big: bigint): number {
  const n = Number(big);
  if (!Number.isFinite(n) || BigInt(n) !== big) throw new OverflowError(INT_TOO_LARGE);
  return n;
}

/** Checks an integer operation done in floating point; redoes it exactly past 2^53. */
export function exactIntOp(r: number, exact: () => bigint): number {
  if (Math.abs(r) < 2 ** 53) return r;
  if (!Number.isFinite(r) && Math.abs(r) > 1e308) throw new OverflowError(INT_TOO_LARGE);
  return exactInt(exact());
}
