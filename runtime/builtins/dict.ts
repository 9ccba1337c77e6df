// Python's dict: a Map subclass whose Python-named methods (`get`, `keys`, `items`, `pop`, …) have
// Python's semantics and whose iteration yields keys. Mirrors Objects/dictobject.c.

import { KeyError, TypeError, ValueError } from "./exceptions.js";
import { hashKey } from "./keys.js";
import { typeName } from "./pytype.js";
import { repr } from "./repr.js";
import { PyTuple } from "./tuple.js";

const MISSING: unknown = Symbol("missing");

/** A live view of a dict (`dict_keys`, `dict_values`, `dict_items`): iterable, sized, printable. */
export class DictView<T> implements Iterable<T> {
  constructor(
    private readonly dict: PyDict,
    private readonly kind: "keys" | "values" | "items",
  ) {}
  /** Iterates in insertion order. */
  *[Symbol.iterator](): Iterator<T> {
    for (const [k, v] of this.dict.pyEntries()) {
      yield (this.kind === "keys" ? k : this.kind === "values" ? v : PyTuple.of(k, v)) as T;
    }
  }
  /** `len(view)`. */
  __len__(): number {
    return this.dict.size;
  }
  /** `x in view`. */
  __contains__(x: unknown): boolean {
    if (this.kind === "keys") return this.dict.has(x);
    for (const y of this) if (y === x) return true;
    return false;
  }
  /** `dict_keys(['a', 'b'])`. */
  __repr__(): string {
    return `dict_${this.kind}([${[...this].map((x) => repr(x)).join(", ")}])`;
  }
}

/** A Python dict. Keys are compared as Python does for str, int, float, bool, None and tuples. */
export class PyDict<K = any, V = any> extends Map<K, V> {
  /** The first key object stored for each canonical key, where they differ (True for 1, 1.0). */
  declare private originals?: Map<unknown, unknown>;

  /** The keys as Python shows them, in insertion order. */
  *pyKeys(): Generator<K> {
    for (const k of super.keys()) yield (this.originals?.get(k) ?? k) as K;
  }

  /** `[key, value]` pairs as Python shows them, in insertion order. */
  *pyEntries(): Generator<[K, V]> {
    for (const [k, v] of super.entries()) yield [(this.originals?.get(k) ?? k) as K, v];
  }

  /** `d.get(k, default=None)`: never throws. */
  override get(key: K, dflt: any = null): V {
    const k = hashKey(key) as K;
    return super.has(k) ? (super.get(k) as V) : dflt;
  }
  /** Stores `value` under `key`. */
  override set(key: K, value: V): this {
    const k = hashKey(key) as K;
    if ((k as unknown) !== key && !super.has(k)) (this.originals ??= new Map()).set(k, key);
    return super.set(k, value);
  }
  /** `key in d`. */
  override has(key: K): boolean {
    return super.has(hashKey(key) as K);
  }
  /** `del d[key]` without the KeyError. */
  override delete(key: K): boolean {
    const k = hashKey(key) as K;
    this.originals?.delete(k);
    return super.delete(k);
  }
  /** Empties the dict. */
  override clear(): void {
    this.originals?.clear();
    super.clear();
  }
  /** Python iterates a dict's keys. */
  override [Symbol.iterator](): MapIterator<any> {
    return this.pyKeys() as unknown as MapIterator<any>;
  }
  /** `d.keys()`: a `dict_keys` view. */
  override keys(): any {
    return new DictView<K>(this, "keys");
  }
  /** `d.values()`: a `dict_values` view. */
  override values(): any {
    return new DictView<V>(this, "values");
  }
  /** `d.items()`: a `dict_items` view of `(key, value)` tuples. */
  items(): DictView<PyTuple> {
    return new DictView<PyTuple>(this, "items");
  }
  /** `d[key]`, raising `KeyError(key)` when missing. */
  __getitem__(key: K): V {
    const k = hashKey(key) as K;
    if (!super.has(k)) throw new KeyError(key);
    return super.get(k) as V;
  }
  /** `d.pop(key[, default])`. */
  pop(key: K, dflt: unknown = MISSING): V {
    const k = hashKey(key) as K;
    if (super.has(k)) {
      const v = super.get(k) as V;
      super.delete(k);
      return v;
    }
    if (dflt === MISSING) throw new KeyError(key);
    return dflt as V;
  }
  /** `d.popitem()`: removes and returns the last inserted pair. */
  popitem(): PyTuple {
    if (this.size === 0) throw new KeyError("popitem(): dictionary is empty");
    const last = [...this.pyKeys()].pop() as K;
    const v = this.get(last);
    this.delete(last);
    return PyTuple.of<unknown>(last, v);
  }
  /** `d.setdefault(key, default=None)`. */
  setdefault(key: K, dflt: any = null): V {
    if (!this.has(key)) this.set(key, dflt);
    return this.get(key);
  }
  /** `d.update(other)` / `d.update(**kw)` (kw arrives as a trailing plain object). */
  update(...args: unknown[]): null {
    for (const arg of args) addPairs(this, arg);
    return null;
  }
  /** `d.copy()`: a shallow copy. */
  copy(): PyDict<K, V> {
    const d = new PyDict<K, V>();
    for (const [k, v] of this.entries()) d.set(k, v);
    return d;
  }
  /** `dict.fromkeys(keys, value=None)`. */
  static fromkeys(keys: Iterable<unknown>, value: unknown = null): PyDict {
    const d = new PyDict();
    for (const k of keys) d.set(k, value);
    return d;
  }
}

/** A Map's `[key, value]` pairs, with a PyDict's keys as Python shows them. */
export function mapEntries(m: Map<unknown, unknown>): Iterable<[unknown, unknown]> {
  return m instanceof PyDict ? m.pyEntries() : Map.prototype.entries.call(m);
}

/** A Map's keys, with a PyDict's keys as Python shows them. */
export function mapKeys(m: Map<unknown, unknown>): Iterable<unknown> {
  return m instanceof PyDict ? m.pyKeys() : Map.prototype.keys.call(m);
}

/** Adds the pairs of a dict, a plain object, or an iterable of pairs to `d` (as `dict.update`). */
export function addPairs(d: PyDict, src: unknown): void {
  if (src === null || src === undefined) return;
  if (src instanceof Map) {
    for (const [k, v] of mapEntries(src)) {
      d.set(k, v);
    }
    return;
  }
  if (Object.getPrototypeOf(src) === Object.prototype) {
    for (const [k, v] of Object.entries(src as object)) d.set(k, v);
    return;
  }
  if (typeof (src as Iterable<unknown>)[Symbol.iterator] !== "function") {
    throw new TypeError(`'${typeName(src)}' object is not iterable`);
  }
  let i = 0;
  for (const pair of src as Iterable<unknown>) {
    if (pair === null || typeof (pair as Iterable<unknown>)[Symbol.iterator] !== "function") {
      throw new TypeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    const items = [...(pair as Iterable<unknown>)];
    if (items.length !== 2) {
      throw new ValueError(
        `dictionary update sequence element #${i} has length ${items.length}; 2 is required`,
      );
    }
    d.set(items[0], items[1]);
    i++;
  }
}
