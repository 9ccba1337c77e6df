// Python's `collections`: deque, defaultdict, Counter, namedtuple, OrderedDict.
// Mirrors Lib/collections/__init__.py and Modules/_collectionsmodule.c (3.11).

import { NotImplemented } from "../builtins/arith.js";
import { call } from "../builtins/call.js";
import { pyClass } from "../builtins/classinfo.js";
import { eq, lt } from "../builtins/compare.js";
import { addPairs, mapEntries, PyDict } from "../builtins/dict.js";
import {
  AttributeError,
  IndexError,
  KeyError,
  RuntimeError,
  TypeError,
  ValueError,
} from "../builtins/exceptions.js";
import { splitKwargs } from "../builtins/kwargs.js";
import { pyIter } from "../builtins/protocols.js";
import { typeName } from "../builtins/pytype.js";
import { repr } from "../builtins/repr.js";
import { truthy } from "../builtins/truthy.js";
import { makeTuple, PyTuple } from "../builtins/tuple.js";
import { atCall, bindArguments } from "./arguments.js";

/** The class name reprs show: `type(x).__name__` (not the qualified name), as CPython's do. */
function qualname(x: object): string {
  const c = x.constructor as { __name__?: string; name: string };
  return c.__name__ ?? c.name;
}

function toInt(x: unknown, what: string): number {
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x !== "number" || !Number.isInteger(x)) {
    throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer${what}`);
  }
  return x;
}

const reprActive = new Set<object>();

function guarded(x: object, body: () => string): string {
  if (reprActive.has(x)) return "[...]";
  reprActive.add(x);
  try {
    return body();
  } finally {
    reprActive.delete(x);
  }
}

// ---- deque ----

/** `collections.deque(iterable=(), maxlen=None)`. */
export class deque {
  private items: unknown[] = [];
  private readonly _maxlen: number | null;

  constructor(...args: unknown[]) {
    const [pos, kw] = splitKwargs(args);
    if (pos.length > 2) {
      throw new TypeError(`deque() takes at most 2 arguments (${pos.length} given)`);
    }
    const maxlen = pos.length > 1 ? pos[1] : (kw.maxlen ?? null);
    if (maxlen !== null && maxlen !== undefined) {
      const n = toInt(maxlen, "");
      if (n < 0) throw new ValueError("maxlen must be non-negative");
      this._maxlen = n;
    } else this._maxlen = null;
    if (pos[0] !== undefined) this.extend(pos[0]);
  }
  /** `d.maxlen` (None when unbounded). */
  get maxlen(): number | null {
    return this._maxlen;
  }
  /** `d.append(x)`: on the right; a full deque drops its leftmost item. */
  append(x: unknown): null {
    if (this._maxlen === 0) return null;
    if (this._maxlen !== null && this.items.length >= this._maxlen) this.items.shift();
    this.items.push(x);
    return null;
  }
  /** `d.appendleft(x)`. */
  appendleft(x: unknown): null {
    if (this._maxlen === 0) return null;
    if (this._maxlen !== null && this.items.length >= this._maxlen) this.items.pop();
    this.items.unshift(x);
    return null;
  }
  /** `d.pop()`: from the right. */
  pop(...args: unknown[]): unknown {
    if (args.length) throw new TypeError(`deque.pop() takes no arguments (${args.length} given)`);
    if (this.items.length === 0) throw new IndexError("pop from an empty deque");
    return this.items.pop();
  }
  /** `d.popleft()`. */
  popleft(): unknown {
    if (this.items.length === 0) throw new IndexError("pop from an empty deque");
    return this.items.shift();
  }
  /** `d.extend(iterable)`. */
  extend(xs: unknown): null {
    const all = xs === this ? [...this.items] : [...pyIter(xs)];
    for (const x of all) this.append(x);
    return null;
  }
  /** `d.extendleft(iterable)`: each item in turn on the left (so they end up reversed). */
  extendleft(xs: unknown): null {
    const all = xs === this ? [...this.items] : [...pyIter(xs)];
    for (const x of all) this.appendleft(x);
    return null;
  }
  /** `d.rotate(n=1)`: `n` steps to the right (left when negative). */
  rotate(n: unknown = 1): null {
    const len = this.items.length;
    if (len <= 1) return null;
    let k = toInt(n, "") % len;
    if (k < 0) k += len;
    if (k) this.items = [...this.items.slice(len - k), ...this.items.slice(0, len - k)];
    return null;
  }
  /** `d.clear()`. */
  clear(): null {
    this.items = [];
    return null;
  }
  /** `d.count(x)`. */
  count(x: unknown): number {
    return this.items.filter((y) => eq(y, x)).length;
  }
  /** `d.index(x)`. */
  index(x: unknown): number {
    const at = this.items.findIndex((y) => eq(y, x));
    if (at < 0) throw new ValueError(`${repr(x)} is not in deque`);
    return at;
  }
  /** `d.remove(x)`: the first equal item. */
  remove(x: unknown): null {
    const at = this.items.findIndex((y) => eq(y, x));
    if (at < 0) throw new ValueError(`${repr(x)} is not in deque`);
    this.items.splice(at, 1);
    return null;
  }
  /** `d.insert(i, x)`. */
  insert(i: unknown, x: unknown): null {
    if (this._maxlen !== null && this.items.length >= this._maxlen) {
      throw new IndexError("deque already at its maximum size");
    }
    let at = toInt(i, "");
    if (at < 0) at = Math.max(0, this.items.length + at);
    this.items.splice(at, 0, x);
    return null;
  }
  /** `d.reverse()`. */
  reverse(): null {
    this.items.reverse();
    return null;
  }
  /** `d.copy()`. */
  copy(): deque {
    return new deque(this.items, this._maxlen);
  }
  __len__(): number {
    return this.items.length;
  }
  __contains__(x: unknown): boolean {
    return this.items.some((y) => eq(y, x));
  }
  /** `d += iterable`: extends in place. */
  __iadd__(xs: unknown): deque {
    this.extend(xs);
    return this;
  }
  /** `d + other_deque`. */
  __add__(other: unknown): unknown {
    if (!(other instanceof deque)) {
      throw new TypeError(`can only concatenate deque (not "${typeName(other)}") to deque`);
    }
    const out = new deque(this.items, this._maxlen);
    out.extend(other.items);
    return out;
  }
  /** `d * n`. */
  __mul__(n: unknown): unknown {
    if (typeof n !== "number" && typeof n !== "boolean") return NotImplemented;
    const out = new deque([], this._maxlen);
    for (let i = 0; i < Number(n); i++) out.extend(this.items);
    return out;
  }
  __getitem__(i: unknown): unknown {
    const n = toInt(i, "");
    const at = n < 0 ? n + this.items.length : n;
    if (at < 0 || at >= this.items.length) throw new IndexError("deque index out of range");
    return this.items[at];
  }
  __setitem__(i: unknown, v: unknown): void {
    const n = toInt(i, "");
    const at = n < 0 ? n + this.items.length : n;
    if (at < 0 || at >= this.items.length) throw new IndexError("deque index out of range");
    this.items[at] = v;
  }
  __delitem__(i: unknown): void {
    const n = toInt(i, "");
    const at = n < 0 ? n + this.items.length : n;
    if (at < 0 || at >= this.items.length) throw new IndexError("deque index out of range");
    this.items.splice(at, 1);
  }
  __eq__(other: unknown): unknown {
    if (!(other instanceof deque)) return NotImplemented;
    return eq(makeTuple(this.items), makeTuple(other.items));
  }
  __lt__(other: unknown): unknown {
    if (!(other instanceof deque)) return NotImplemented;
    return lt(makeTuple(this.items), makeTuple(other.items));
  }
  __reversed__(): Iterator<unknown> {
    return [...this.items].reverse()[Symbol.iterator]();
  }
  /** Iteration; a deque whose length changes meanwhile raises CPython's RuntimeError. */
  *[Symbol.iterator](): Iterator<unknown> {
    const items = this.items;
    const size = items.length;
    for (let i = 0; i < size; i++) {
      if (this.items !== items || items.length !== size) {
        throw new RuntimeError("deque mutated during iteration");
      }
      yield items[i];
    }
    if (this.items !== items || items.length !== size) {
      throw new RuntimeError("deque mutated during iteration");
    }
  }
  __repr__(): string {
    return guarded(this, () => {
      const body = `[${this.items.map((x) => repr(x)).join(", ")}]`;
      const name = qualname(this);
      return this._maxlen === null
        ? `${name}(${body})`
        : `${name}(${body}, maxlen=${this._maxlen})`;
    });
  }
}
pyClass(deque, "collections", "deque");

// ---- defaultdict ----

/** `collections.defaultdict(default_factory=None, *args, **kw)`. */
export class defaultdict<K = any, V = any> extends PyDict<K, V> {
  default_factory: unknown;
  constructor(...args: unknown[]) {
    super();
    const [pos, kw] = splitKwargs(args);
    const factory = pos.length ? pos[0] : null;
    if (factory !== null && factory !== undefined && typeof factory !== "function") {
      throw new TypeError("first argument must be callable or None");
    }
    this.default_factory = factory ?? null;
    if (pos.length > 2)
      throw new TypeError(`dict expected at most 1 argument, got ${pos.length - 1}`);
    addPairs(this as PyDict, pos[1]);
    addPairs(this as PyDict, kw);
  }
  /** A missing key gets `default_factory()` stored under it (KeyError without a factory). */
  __missing__(key: K): V {
    if (this.default_factory === null) throw new KeyError(key);
    const v = call(this.default_factory) as V;
    this.set(key, v);
    return v;
  }
  override __getitem__(key: K): V {
    return this.has(key) ? this.get(key) : this.__missing__(key);
  }
  override copy(): defaultdict<K, V> {
    return new defaultdict(this.default_factory, this) as defaultdict<K, V>;
  }
  __repr__(): string {
    return guarded(this, () => {
      const f = this.default_factory;
      const fr = f === null ? "None" : typeof f === "function" ? repr(f) : repr(f);
      return `${qualname(this)}(${fr}, ${dictRepr(this)})`;
    });
  }
}
pyClass(defaultdict, "collections", "defaultdict");

function dictRepr(d: Map<unknown, unknown>): string {
  const parts: string[] = [];
  for (const [k, v] of mapEntries(d)) parts.push(`${repr(k)}: ${repr(v)}`);
  return `{${parts.join(", ")}}`;
}

// ---- Counter ----

/** `collections.Counter(iterable_or_mapping=None, **kw)`. */
export class Counter<K = any> extends PyDict<K, any> {
  constructor(...args: unknown[]) {
    super();
    this.update(...args);
  }
  /** A missing element counts 0 (and is not stored). */
  __missing__(_key: K): number {
    return 0;
  }
  override __getitem__(key: K): any {
    return this.has(key) ? this.get(key) : this.__missing__(key);
  }
  /** `c.update(iterable_or_mapping, **kw)`: adds counts. */
  override update(...args: unknown[]): null {
    const [pos, kw] = splitKwargs(args);
    if (pos.length > 1) throw new TypeError(`expected at most 1 arguments, got ${pos.length}`);
    const src = pos[0];
    if (src instanceof Map) {
      for (const [k, v] of mapEntries(src)) this.set(k as K, add(this.get(k as K, 0), v));
    } else if (src !== undefined && src !== null) {
      for (const k of pyIter(src)) this.set(k, add(this.get(k, 0), 1));
    }
    for (const [k, v] of Object.entries(kw)) this.set(k as K, add(this.get(k as K, 0), v));
    return null;
  }
  /** `c.subtract(iterable_or_mapping, **kw)`. */
  subtract(...args: unknown[]): null {
    const [pos, kw] = splitKwargs(args);
    const src = pos[0];
    if (src instanceof Map) {
      for (const [k, v] of mapEntries(src)) this.set(k as K, sub(this.get(k as K, 0), v));
    } else if (src !== undefined && src !== null) {
      for (const k of pyIter(src)) this.set(k, sub(this.get(k, 0), 1));
    }
    for (const [k, v] of Object.entries(kw)) this.set(k as K, sub(this.get(k as K, 0), v));
    return null;
  }
  /** `c.most_common(n=None)`: by count, largest first; equal counts in insertion order. */
  most_common(n: unknown = null): unknown[] {
    const pairs = [...this.pyEntries()];
    // A stable sort by count, descending, as `sorted(..., reverse=True)` is.
    const order = pairs.map((p, i) => [p, i] as const);
    order.sort((a, b) => (lt(b[0][1], a[0][1]) ? -1 : lt(a[0][1], b[0][1]) ? 1 : a[1] - b[1]));
    const sorted = order.map(([p]) => makeTuple(p));
    return n === null || n === undefined ? sorted : sorted.slice(0, Math.max(0, toInt(n, "")));
  }
  /** `c.elements()`: each element repeated by its (positive) count. */
  *elements(): Generator<K> {
    for (const [k, v] of this.pyEntries()) for (let i = 0; i < Number(v); i++) yield k;
  }
  /** `c.total()`: the sum of the counts. */
  total(): unknown {
    let t: unknown = 0;
    for (const v of this.values()) t = add(t, v);
    return t;
  }
  override copy(): Counter<K> {
    return new Counter(this) as Counter<K>;
  }
  __add__(other: unknown): unknown {
    if (!(other instanceof Counter)) return NotImplemented;
    const out = new Counter();
    for (const [k, v] of this.pyEntries()) {
      const s = add(v, other.get(k, 0));
      if (lt(0, s)) out.set(k, s);
    }
    for (const [k, v] of other.pyEntries()) if (!this.has(k) && lt(0, v)) out.set(k, v);
    return out;
  }
  __sub__(other: unknown): unknown {
    if (!(other instanceof Counter)) return NotImplemented;
    const out = new Counter();
    for (const [k, v] of this.pyEntries()) {
      const s = sub(v, other.get(k, 0));
      if (lt(0, s)) out.set(k, s);
    }
    for (const [k, v] of other.pyEntries()) {
      if (!this.has(k) && lt(v, 0)) out.set(k, sub(0, v));
    }
    return out;
  }
  __or__(other: unknown): unknown {
    if (!(other instanceof Counter)) return NotImplemented;
    const out = new Counter();
    for (const [k, v] of this.pyEntries()) {
      const o = other.get(k, 0);
      const m = lt(v, o) ? o : v;
      if (lt(0, m)) out.set(k, m);
    }
    for (const [k, v] of other.pyEntries()) if (!this.has(k) && lt(0, v)) out.set(k, v);
    return out;
  }
  __and__(other: unknown): unknown {
    if (!(other instanceof Counter)) return NotImplemented;
    const out = new Counter();
    for (const [k, v] of this.pyEntries()) {
      const o = other.get(k, 0);
      const m = lt(v, o) ? v : o;
      if (lt(0, m)) out.set(k, m);
    }
    return out;
  }
  __repr__(): string {
    if (this.size === 0) return `${qualname(this)}()`;
    return guarded(this, () => {
      const parts = this.most_common().map((p) => {
        const [k, v] = p as PyTuple;
        return `${repr(k)}: ${repr(v)}`;
      });
      return `${qualname(this)}({${parts.join(", ")}})`;
    });
  }
}
pyClass(Counter, "collections", "Counter");

function add(a: unknown, b: unknown): unknown {
  if (typeof a === "number" && typeof b === "number") return a + b;
  return Number(a) + Number(b);
}
function sub(a: unknown, b: unknown): unknown {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return Number(a) - Number(b);
}

// ---- OrderedDict ----

/** `collections.OrderedDict`: a dict with `move_to_end`, `popitem(last=)` and its 3.11 repr. */
export class OrderedDict<K = any, V = any> extends PyDict<K, V> {
  constructor(...args: unknown[]) {
    super();
    const [pos, kw] = splitKwargs(args);
    if (pos.length > 1) throw new TypeError(`expected at most 1 arguments, got ${pos.length}`);
    addPairs(this as PyDict, pos[0]);
    addPairs(this as PyDict, kw);
  }
  /** `od.move_to_end(key, last=True)`. */
  move_to_end(key: K, ...args: unknown[]): null {
    const [pos, kw] = splitKwargs(args);
    const last = truthy(pos.length ? pos[0] : (kw.last ?? true));
    if (!this.has(key)) throw new KeyError(key);
    const v = this.get(key);
    if (last) {
      this.delete(key);
      this.set(key, v);
    } else {
      const rest = [...this.pyEntries()].filter(([k]) => !eq(k, key));
      this.clear();
      this.set(key, v);
      for (const [k, x] of rest) this.set(k, x);
    }
    return null;
  }
  /** `od.popitem(last=True)`. */
  override popitem(...args: unknown[]): PyTuple {
    const [pos, kw] = splitKwargs(args);
    const last = truthy(pos.length ? pos[0] : (kw.last ?? true));
    if (this.size === 0) throw new KeyError("dictionary is empty");
    const keys = [...this.pyKeys()];
    const k = (last ? keys[keys.length - 1] : keys[0]) as K;
    const v = this.get(k);
    this.delete(k);
    return PyTuple.of<unknown>(k, v);
  }
  override copy(): OrderedDict<K, V> {
    return new OrderedDict(this) as OrderedDict<K, V>;
  }
  /** Order matters between two OrderedDicts. */
  __eq__(other: unknown): unknown {
    if (!(other instanceof Map)) return NotImplemented;
    if (other instanceof OrderedDict) {
      const a = [...this.pyEntries()];
      const b = [...other.pyEntries()];
      return a.length === b.length && a.every(([k, v], i) => eq(k, b[i][0]) && eq(v, b[i][1]));
    }
    if (this.size !== other.size) return false;
    for (const [k, v] of this.pyEntries()) if (!other.has(k) || !eq(v, other.get(k))) return false;
    return true;
  }
  __repr__(): string {
    if (this.size === 0) return `${qualname(this)}()`;
    return guarded(this, () => {
      const parts = [...this.pyEntries()].map(([k, v]) => `(${repr(k)}, ${repr(v)})`);
      return `${qualname(this)}([${parts.join(", ")}])`;
    });
  }
}
pyClass(OrderedDict, "collections", "OrderedDict");

// ---- namedtuple ----

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " ",
  ),
);

/** `collections.namedtuple(typename, field_names, *, defaults=None, rename=False)`: a tuple class
 * with named fields (called with `new` by emitted code). */
export function namedtuple(
  typename: unknown,
  fieldNames: unknown,
  ...rest: unknown[]
): { new (...args: any[]): any; [attribute: string]: any } {
  const [pos, kw] = splitKwargs(rest);
  if (pos.length) {
    throw new TypeError(
      `namedtuple() takes 2 positional arguments but ${pos.length + 2} were given`,
    );
  }
  for (const k of Object.keys(kw)) {
    if (k !== "defaults" && k !== "rename" && k !== "module") {
      throw new TypeError(`namedtuple() got an unexpected keyword argument '${k}'`);
    }
  }
  const raw =
    typeof fieldNames === "string"
      ? fieldNames.replaceAll(",", " ").split(/\s+/).filter(Boolean)
      : [...pyIter(fieldNames)].map(String);
  const name = String(typename);
  const rename = truthy(kw.rename ?? false);
  const seen = new Set<string>();
  const names = raw.map((n, i) => {
    if (rename && (!IDENT.test(n) || KEYWORDS.has(n) || n.startsWith("_") || seen.has(n))) {
      n = `_${i}`;
    }
    seen.add(n);
    return n;
  });
  for (const n of [name, ...names]) {
    if (!IDENT.test(n)) {
      throw new ValueError(`Type names and field names must be valid identifiers: ${repr(n)}`);
    }
    if (KEYWORDS.has(n)) {
      throw new ValueError(`Type names and field names cannot be a keyword: ${repr(n)}`);
    }
  }
  const dup = new Set<string>();
  for (const n of names) {
    if (n.startsWith("_") && !rename) {
      throw new ValueError(`Field names cannot start with an underscore: ${repr(n)}`);
    }
    if (dup.has(n)) throw new ValueError(`Encountered duplicate field name: ${repr(n)}`);
    dup.add(n);
  }
  const defaults =
    kw.defaults === undefined || kw.defaults === null ? [] : [...pyIter(kw.defaults)];
  if (defaults.length > names.length)
    throw new TypeError("Got more default values than field names");
  const firstDefault = names.length - defaults.length;
  const params = names.map((n, i) => ({ name: n, optional: i >= firstDefault }));
  const NT = class extends PyTuple {
    constructor(...args: unknown[]) {
      super();
      let values: Map<string, unknown>;
      try {
        values = bindArguments(`${name}.__new__()`, params, args, 1);
      } catch (e) {
        throw atCall(e, new.target);
      }
      names.forEach((n, i) => {
        Array.prototype.push.call(this, values.has(n) ? values.get(n) : defaults[i - firstDefault]);
      });
      Object.freeze(this);
    }
    static _make(iterable: unknown): PyTuple {
      const items = [...pyIter(iterable)];
      if (items.length !== names.length) {
        throw new TypeError(`Expected ${names.length} arguments, got ${items.length}`);
      }
      // biome-ignore lint/complexity/noThisInStatic: a subclass's `_make` makes the subclass.
      return new (this as unknown as new (...a: unknown[]) => PyTuple)(...items);
    }
    _asdict(): PyDict {
      return new PyDict(names.map((n, i) => [n, (this as unknown as unknown[])[i]]));
    }
    _replace(...args: unknown[]): PyTuple {
      const [p, changes] = splitKwargs(args);
      if (p.length) throw new TypeError("_replace() takes 1 positional argument");
      const values = names.map((n, i) =>
        n in changes ? changes[n] : (this as unknown as unknown[])[i],
      );
      for (const k of Object.keys(changes)) {
        if (!names.includes(k)) {
          throw new ValueError(`Got unexpected field names: [${repr(k)}]`);
        }
      }
      return new (this.constructor as new (...a: unknown[]) => PyTuple)(...values);
    }
    __repr__(): string {
      const self = this as unknown as unknown[];
      const parts = names.map((n, i) => `${n}=${repr(self[i])}`);
      return `${(this.constructor as { __qualname__?: string }).__qualname__ ?? name}(${parts.join(", ")})`;
    }
    __getnewargs__(): PyTuple {
      return makeTuple(this as unknown as unknown[]);
    }
  };
  names.forEach((n, i) => {
    Object.defineProperty(NT.prototype, n, {
      get(this: unknown[]) {
        return this[i];
      },
      set() {
        throw new AttributeError("can't set attribute");
      },
      configurable: true,
    });
  });
  Object.defineProperty(NT, "name", { value: name });
  // Class attributes, also read through instances.
  const fieldsTuple = makeTuple(names);
  const fieldDefaults = new PyDict(defaults.map((d, i) => [names[firstDefault + i], d]));
  for (const target of [NT, NT.prototype]) {
    Object.defineProperty(target, "_fields", { value: fieldsTuple, writable: true });
    Object.defineProperty(target, "_field_defaults", { value: fieldDefaults, writable: true });
  }
  const module = typeof kw.module === "string" ? kw.module : "__main__";
  pyClass(NT, module, name);
  return NT;
}
pyClass(namedtuple, "collections", "namedtuple");
