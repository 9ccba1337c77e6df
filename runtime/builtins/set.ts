// Python's set: a Set subclass with Python's methods and CPython's iteration order for small
// ints. Mirrors Objects/setobject.c.

import { KeyError } from "./exceptions.js";
import { hashKey } from "./keys.js";
import { cpythonSetOrder } from "./set-order.js";

/** A Python set. */
export class PySet<T = any> extends Set<T> {
  /** How many leading elements came from a constant set display (see `PySet.display`). */
  private displayCount = 0;
  /** The first element object stored for each canonical one, where they differ (True, 1.0). */
  declare private originals?: Map<unknown, unknown>;

  /**
   * A set display whose elements are all constants, `{10, 20, 30}`: CPython builds it from a
   * frozenset, which can give another iteration order than adding the same items one by one.
   */
  static display<T>(items: Iterable<T>): PySet<T> {
    const s = new PySet<T>(items);
    s.displayCount = s.size;
    return s;
  }

  /** `s.add(x)`. */
  override add(x: T): this {
    const k = hashKey(x) as T;
    if (!super.has(k)) {
      if ((k as unknown) !== x) (this.originals ??= new Map()).set(k, x);
      super.add(k);
    }
    // Python's set.add returns None; JS callers (the Set constructor) ignore the result.
    return null as unknown as this;
  }
  /** `x in s`. */
  override has(x: T): boolean {
    return super.has(hashKey(x) as T);
  }
  /** Removes `x` if present; JS's `delete`. */
  override delete(x: T): boolean {
    const k = hashKey(x) as T;
    this.originals?.delete(k);
    const removed = super.delete(k);
    // Deletions leave dummies in CPython's table, which the order model does not follow.
    if (removed) this.displayCount = 0;
    return removed;
  }
  /** Iterates in CPython's order (hash-table order for ints, insertion order otherwise). */
  override [Symbol.iterator](): SetIterator<T> {
    const items = [...super.values()];
    const order = (cpythonSetOrder(items, this.displayCount) ?? items) as T[];
    const shown = this.originals ? order.map((k) => (this.originals!.get(k) ?? k) as T) : order;
    return shown[Symbol.iterator]() as unknown as SetIterator<T>;
  }
  /** Same as iteration. */
  override values(): SetIterator<T> {
    return this[Symbol.iterator]();
  }
  /** Same as iteration. */
  override keys(): SetIterator<T> {
    return this[Symbol.iterator]();
  }
  /** Empties the set. */
  override clear(): void {
    this.originals?.clear();
    this.displayCount = 0;
    super.clear();
  }
  /** `s.discard(x)`: no error when missing. */
  discard(x: T): null {
    this.delete(x);
    return null;
  }
  /** `s.remove(x)`: KeyError when missing. */
  remove(x: T): null {
    if (!this.delete(x)) throw new KeyError(x);
    return null;
  }
  /** `s.pop()`: removes and returns the first element in iteration order. */
  pop(): T {
    for (const x of this) {
      this.delete(x);
      return x;
    }
    throw new KeyError("pop from an empty set");
  }
  /** `s.update(*others)`. */
  update(...others: Iterable<T>[]): null {
    for (const o of others) for (const x of o) this.add(x);
    return null;
  }
  /** `s.copy()`. */
  copy(): PySet<T> {
    return new PySet<T>(this);
  }
  /** `s.union(*others)` / `s | t`. */
  union(...others: Iterable<T>[]): PySet<T> {
    const r = this.copy();
    r.update(...others);
    return r;
  }
  /** `s.intersection(*others)` / `s & t`. */
  intersection(...others: Iterable<T>[]): PySet<T> {
    const sets = others.map((o) => new PySet<T>(o));
    return new PySet<T>([...this].filter((x) => sets.every((s) => s.has(x))));
  }
  /** `s.difference(*others)` / `s - t`. */
  difference(...others: Iterable<T>[]): PySet<T> {
    const sets = others.map((o) => new PySet<T>(o));
    return new PySet<T>([...this].filter((x) => !sets.some((s) => s.has(x))));
  }
  /** `s.symmetric_difference(t)` / `s ^ t`. */
  symmetric_difference(other: Iterable<T>): PySet<T> {
    const o = new PySet<T>(other);
    const r = this.difference(o);
    for (const x of o) if (!this.has(x)) r.add(x);
    return r;
  }
  /** `s.intersection_update(*others)` / `s &= t`. */
  intersection_update(...others: Iterable<T>[]): null {
    const keep = this.intersection(...others);
    for (const x of [...this]) if (!keep.has(x)) this.delete(x);
    return null;
  }
  /** `s.difference_update(*others)` / `s -= t`. */
  difference_update(...others: Iterable<T>[]): null {
    for (const o of others) for (const x of [...o]) this.delete(x);
    return null;
  }
  /** `s.symmetric_difference_update(t)` / `s ^= t`. */
  symmetric_difference_update(other: Iterable<T>): null {
    for (const x of new PySet<T>(other)) {
      if (this.has(x)) this.delete(x);
      else this.add(x);
    }
    return null;
  }
  /** `s.issubset(t)` / `s <= t`. */
  issubset(other: Iterable<T>): boolean {
    const o = new PySet<T>(other);
    return [...this].every((x) => o.has(x));
  }
  /** `s.issuperset(t)` / `s >= t`. */
  issuperset(other: Iterable<T>): boolean {
    return [...other].every((x) => this.has(x));
  }
  /** `s.isdisjoint(t)`. */
  isdisjoint(other: Iterable<T>): boolean {
    return [...other].every((x) => !this.has(x));
  }
}
