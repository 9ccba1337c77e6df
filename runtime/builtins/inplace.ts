// Python's augmented assignment on values of unknown type: `py.iadd(a, b)` for `a += b`, … —
// the `__iadd__`-style method when the object has one, lists/sets/dicts updated in place, else
// the binary operator. Mirrors PyNumber_InPlaceAdd and friends in Objects/abstract.c.

import { add, and_, mul, NotImplemented, or_, sub, xor } from "./arith.js";
import { addPairs } from "./dict.js";
import { TypeError } from "./exceptions.js";
import { iterate } from "./iteration.js";
import { typeName } from "./pytype.js";
import { PySet } from "./set.js";
import { PyTuple } from "./tuple.js";

type Binary = (a: unknown, b: unknown) => unknown;

function isList(a: unknown): a is unknown[] {
  return Array.isArray(a) && !(a instanceof PyTuple);
}

/** `a op= b`: `a.__iop__(b)`, then `inPlace` (null when it does not apply), then `a op b`. */
function inplace(
  symbol: string,
  dunder: string,
  a: unknown,
  b: unknown,
  inPlace: (() => unknown) | null,
  binary: Binary,
): any {
  const f = (a as Record<string, unknown> | null)?.[dunder];
  if (a !== null && typeof a === "object" && typeof f === "function") {
    const r = f.call(a, b);
    if (r !== NotImplemented) return r;
  }
  if (inPlace !== null) return inPlace();
  try {
    return binary(a, b);
  } catch (e) {
    const prefix = `unsupported operand type(s) for ${symbol}:`;
    if (e instanceof TypeError && String(e.args[0]).startsWith(prefix)) {
      throw new TypeError(
        `unsupported operand type(s) for ${symbol}=: '${typeName(a)}' and '${typeName(b)}'`,
      );
    }
    throw e;
  }
}

/** An in-place step that runs `f` and gives back `a` (the target keeps its identity). */
function updated(a: unknown, f: () => unknown): () => unknown {
  return () => {
    f();
    return a;
  };
}

function setOperand(symbol: string, a: PySet, b: unknown): Set<unknown> {
  if (b instanceof Set) return b;
  throw new TypeError(
    `unsupported operand type(s) for ${symbol}=: '${typeName(a)}' and '${typeName(b)}'`,
  );
}

/** `a += b`: a list is extended in place by any iterable. */
export function iadd(a: unknown, b: unknown): any {
  const extend = isList(a)
    ? () => {
        for (const x of [...iterate(b)]) a.push(x);
        return a;
      }
    : null;
  return inplace("+", "__iadd__", a, b, extend, add);
}

/** `a -= b`: a set loses the elements of another set in place. */
export function isub(a: unknown, b: unknown): any {
  const update =
    a instanceof PySet ? updated(a, () => a.difference_update(setOperand("-", a, b))) : null;
  return inplace("-", "__isub__", a, b, update, sub);
}

/** `a *= n`: a list repeats in place. */
export function imul(a: unknown, b: unknown): any {
  const repeat =
    isList(a) && (typeof b === "number" || typeof b === "boolean")
      ? () => {
          const items = a.slice();
          a.length = 0;
          for (let i = 0; i < Number(b); i++) a.push(...items);
          return a;
        }
      : null;
  return inplace("*", "__imul__", a, b, repeat, mul);
}

/** `a |= b`: a set takes in another set's elements, a dict another mapping's items. */
export function ior(a: unknown, b: unknown): any {
  const update =
    a instanceof PySet
      ? updated(a, () => a.update(setOperand("|", a, b)))
      : a instanceof Map
        ? updated(a, () => addPairs(a as never, b as never))
        : null;
  return inplace("|", "__ior__", a, b, update, or_);
}

/** `a &= b`: a set keeps only the elements also in another set. */
export function iand(a: unknown, b: unknown): any {
  const update =
    a instanceof PySet ? updated(a, () => a.intersection_update(setOperand("&", a, b))) : null;
  return inplace("&", "__iand__", a, b, update, and_);
}

/** `a ^= b`: a set keeps the elements in exactly one of the two sets. */
export function ixor(a: unknown, b: unknown): any {
  const update =
    a instanceof PySet
      ? updated(a, () => a.symmetric_difference_update(setOperand("^", a, b)))
      : null;
  return inplace("^", "__ixor__", a, b, update, xor);
}
