// Python's tuple: a frozen Array subclass, so JS code can index and spread it (contract §1).

/** A Python tuple. Immutable; `repr` is `(1, 2)` / `(1,)`. */
export class PyTuple<T = unknown> extends Array<T> {
  /** Builds a frozen tuple of the items (use `tuple(iterable)` from emitted code). */
  static of<T>(...items: T[]): PyTuple<T> {
    const t = new PyTuple<T>();
    for (const x of items) Array.prototype.push.call(t, x);
    return Object.freeze(t) as PyTuple<T>;
  }
  /** Array methods that build new arrays (map, filter, slice) make plain arrays, not tuples. */
  static override get [Symbol.species]() {
    return Array;
  }
}

/** Makes a tuple from a JS iterable of any length (no argument spreading). */
export function makeTuple<T>(items: Iterable<T>): PyTuple<T> {
  const t = new PyTuple<T>();
  for (const x of items) Array.prototype.push.call(t, x);
  return Object.freeze(t) as PyTuple<T>;
}
