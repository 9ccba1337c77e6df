// Python's `functools`: wraps/update_wrapper, partial, reduce, lru_cache/cache, total_ordering,
// cmp_to_key. Mirrors Lib/functools.py (3.11).

import { NotImplemented } from "../builtins/arith.js";
import { call, callKw, mapKeywords } from "../builtins/call.js";
import { pyClass } from "../builtins/classinfo.js";
import { eq, lt } from "../builtins/compare.js";
import { PyDict } from "../builtins/dict.js";
import { NotImplementedError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { id } from "../builtins/ids.js";
import { hashKey } from "../builtins/keys.js";
import { isKwargs, splitKwargs } from "../builtins/kwargs.js";
import { pyIter } from "../builtins/protocols.js";
import { defineBuiltinType } from "../builtins/pytype.js";
import { repr } from "../builtins/repr.js";
import { truthy } from "../builtins/truthy.js";
import { makeTuple, PyTuple } from "../builtins/tuple.js";
import { namedtuple } from "./collections.js";

type Fn = (...args: unknown[]) => unknown;

// ---- reduce ----

/** `functools.reduce(function, iterable[, initial])`. */
export function reduce(f: unknown, iterable: unknown, ...initial: unknown[]): unknown {
  const it = pyIter(iterable)[Symbol.iterator]();
  let acc: unknown;
  if (initial.length) acc = initial[0];
  else {
    const first = it.next();
    if (first.done) throw new TypeError("reduce() of empty iterable with no initial value");
    acc = first.value;
  }
  for (let r = it.next(); !r.done; r = it.next()) acc = call(f, acc, r.value);
  return acc;
}
pyClass(reduce, "_functools", "reduce");

// ---- wraps ----

const WRAPPER_ASSIGNMENTS = ["__module__", "__name__", "__qualname__", "__doc__"];

function setAttr(o: object, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, writable: true, configurable: true, enumerable: false });
}

/** `functools.update_wrapper(wrapper, wrapped)`: copies the name, qualname, doc and module, and
 * sets `__wrapped__`. */
export function update_wrapper<W>(wrapper: W, wrapped: unknown): W {
  const w = wrapper as Record<string, unknown>;
  const from = wrapped as Record<string, unknown>;
  for (const key of WRAPPER_ASSIGNMENTS) {
    const v = from[key];
    if (v !== undefined) setAttr(w, key, v);
  }
  for (const key of Object.keys(from)) if (!(key in w)) w[key] = from[key];
  setAttr(w, "__wrapped__", wrapped);
  return wrapper;
}
pyClass(update_wrapper, "functools", "update_wrapper");

/** `@functools.wraps(wrapped)`. */
export function wraps(wrapped: unknown, ...rest: unknown[]): <W>(wrapper: W) => W {
  if (
    rest.length &&
    !(rest.length === 1 && isKwargs(rest[0]) && Object.keys(rest[0]).length === 0)
  ) {
    throw new TypeError("asyncio-ts: wraps() takes only the wrapped function");
  }
  return <W>(wrapper: W) => update_wrapper(wrapper, wrapped);
}
pyClass(wraps, "functools", "wraps");

// ---- partial ----

interface Partial extends Fn {
  func: unknown;
  args: PyTuple;
  keywords: PyDict;
}

/** `functools.partial(func, *args, **keywords)`: a callable (a JS function) with `func`, `args`,
 * `keywords` and CPython's repr. */
let partialType: unknown;

export const partial: ((func: unknown, ...rest: unknown[]) => Partial) & { __name__: string } =
  defineBuiltinType(
    function partial(func: unknown, ...rest: unknown[]): Partial {
      let [args, kw] = splitKwargs(rest);
      if (typeof func !== "function") throw new TypeError("the first argument must be callable");
      let target = func;
      if ((func as { __pytype__?: unknown }).__pytype__ === partialType) {
        // partial(partial(f, 1), 2) is partial(f, 1, 2), as in CPython.
        const inner = func as unknown as Partial;
        target = inner.func as Function;
        args = [...inner.args, ...args];
        kw = { ...Object.fromEntries(inner.keywords.pyEntries()), ...kw };
      }
      const bound = [...args];
      const keywords = { ...kw };
      const p = function (this: unknown, ...more: unknown[]) {
        const [a, k] = splitKwargs(more);
        return callKw(target, [...bound, ...a], { ...keywords, ...k });
      } as unknown as Partial;
      // `inspect.iscoroutinefunction` sees through a partial, as CPython 3.11's does.
      const coroutineMark = Symbol.for("asyncio-ts.coroutine-function");
      if ((target as unknown as Record<symbol, unknown>)[coroutineMark]) {
        Object.defineProperty(p, coroutineMark, { value: true });
      }
      setAttr(p, "func", target);
      setAttr(p, "args", makeTuple(bound));
      setAttr(p, "keywords", new PyDict(Object.entries(keywords)));
      setAttr(p, "__pytype__", partialType);
      setAttr(p, "__repr__", () => {
        const parts = [repr(target), ...bound.map((a) => repr(a))];
        for (const [k, v] of Object.entries(keywords)) parts.push(`${k}=${repr(v)}`);
        return `functools.partial(${parts.join(", ")})`;
      });
      return p;
    },
    "partial",
    (x) => typeof x === "function" && (x as { __pytype__?: unknown }).__pytype__ === partialType,
  );
partialType = partial;
Object.defineProperty(partial, "__module__", { value: "functools", writable: true });

// ---- lru_cache / cache ----

let CacheInfo: ReturnType<typeof namedtuple> | undefined;

/** The cache key of a call: equal arguments (1 and 1.0 and True, equal tuples, objects by their
 * `__hash__`/`__eq__` or identity) give the same text; unhashable ones raise TypeError. */
function keyPart(x: unknown): string {
  if (x instanceof PyFloat) x = x.value;
  if (typeof x === "boolean") x = x ? 1 : 0;
  if (x === undefined || x === null) return "N";
  if (typeof x === "number" || typeof x === "bigint") return `n${String(x)}`;
  if (typeof x === "string") return `s${JSON.stringify(x)}`;
  if (x instanceof PyTuple) return `(${x.map(keyPart).join(",")})`;
  return `#${id(hashKey(x))}`;
}

/** `@functools.lru_cache`, `@lru_cache(maxsize=N)`, `@lru_cache(None)`. */
export function lru_cache(...args: unknown[]): any {
  if (typeof args[0] === "function") return cached(args[0] as Fn, 128);
  const [pos, kw] = splitKwargs(args);
  let maxsize = (pos.length ? pos[0] : "maxsize" in kw ? kw.maxsize : 128) as number | null;
  if (truthy(pos.length > 1 ? pos[1] : (kw.typed ?? false))) {
    throw new TypeError("asyncio-ts: lru_cache(typed=True) is not supported");
  }
  if (maxsize !== null && maxsize !== undefined) {
    if (typeof maxsize !== "number") {
      throw new TypeError("Expected first argument to be an integer, a callable, or None");
    }
    if (maxsize < 0) maxsize = 0;
  } else maxsize = null;
  return (f: Fn): any => cached(f, maxsize);
}
pyClass(lru_cache, "functools", "lru_cache");

/** `@functools.cache`: `lru_cache(maxsize=None)`. */
export function cache(f: Fn): any {
  return cached(f, null);
}
pyClass(cache, "functools", "cache");

function cached(f: Fn, maxsize: number | null): any {
  const store = new Map<string, unknown>();
  let hits = 0;
  let misses = 0;
  const wrapper = function (this: unknown, ...args: unknown[]) {
    const [pos, kw] = splitKwargs(args);
    const parts = (this === undefined ? pos : [this, ...pos]).map(keyPart);
    const names = Object.keys(kw);
    if (names.length) parts.push("|", ...names.flatMap((k) => [k, keyPart(kw[k])]));
    // CPython keys one exact int or str argument by itself, anything else by a sequence
    // (so `f(1)` and `f(True)` differ while `f(True)` and `f(1.0)` share an entry).
    const bare =
      parts.length === 1 &&
      (typeof pos[0] === "string" || (typeof pos[0] === "number" && Number.isInteger(pos[0])));
    const key = bare ? parts[0] : `(${parts.join(",")})`;
    if (maxsize === 0) {
      misses++;
      return f.apply(this, mapKeywords(f, pos, kw));
    }
    if (store.has(key)) {
      hits++;
      const v = store.get(key);
      if (maxsize !== null) {
        store.delete(key);
        store.set(key, v);
      }
      return v;
    }
    misses++;
    const v = f.apply(this, mapKeywords(f, pos, kw));
    if (store.has(key)) return v;
    store.set(key, v);
    if (maxsize !== null && store.size > maxsize) {
      store.delete(store.keys().next().value as string);
    }
    return v;
  } as Fn;
  update_wrapper(wrapper, f);
  // The parameters are the wrapped function's (for `partial` with keywords).
  const source = Symbol.for("asyncio-ts.source");
  setAttr(
    wrapper,
    source as unknown as string,
    (f as unknown as Record<symbol, unknown>)[source] ?? f,
  );
  setAttr(wrapper, "cache_info", function cache_info() {
    CacheInfo ??= namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"]);
    return new CacheInfo(hits, misses, maxsize, store.size);
  });
  setAttr(wrapper, "cache_clear", function cache_clear() {
    store.clear();
    hits = 0;
    misses = 0;
  });
  setAttr(wrapper, "cache_parameters", function cache_parameters() {
    return new PyDict<string, unknown>([
      ["maxsize", maxsize],
      ["typed", false],
    ]);
  });
  return wrapper;
}

// ---- cached_property ----

/** `@functools.cached_property` on method `name` of `cls` (emitted as a getter, then this call
 * after the class): the first read computes the value and stores it on the instance, where later
 * reads find it; assigning or deleting it works as on a plain attribute. */
export function cached_property(cls: unknown, name?: unknown): null {
  if (typeof cls !== "function" || typeof name !== "string") {
    throw new NotImplementedError("asyncio-ts: cached_property is supported on methods only");
  }
  const proto = (cls as Function).prototype as object;
  const getter = Object.getOwnPropertyDescriptor(proto, name)?.get;
  if (getter === undefined) throw new TypeError(`asyncio-ts: ${name} is not a getter`);
  const store = (self: object, value: unknown) =>
    Object.defineProperty(self, name, {
      value,
      writable: true,
      configurable: true,
      enumerable: true,
    });
  Object.defineProperty(proto, name, {
    get(this: object) {
      const value = getter.call(this);
      store(this, value);
      return value;
    },
    set(this: object, value: unknown) {
      store(this, value);
    },
    configurable: true,
  });
  return null;
}
pyClass(cached_property, "functools", "cached_property");

// ---- total_ordering ----

type Cmp = (this: unknown, other: unknown) => unknown;

/** A comparison named `name` made from the defined one `op`: `combine` gets op's truth and, lazily,
 * whether the operands are equal (Lib/functools.py's `_convert` table). */
function derive(name: string, combine: (r: boolean, equal: () => boolean) => boolean) {
  return (op: Cmp): Cmp =>
    ({
      [name](this: unknown, other: unknown) {
        const r = op.call(this, other);
        return r === NotImplemented ? r : combine(truthy(r), () => eq(this, other));
      },
    })[name]!;
}

const notNorEqual = (r: boolean, equal: () => boolean) => !r && !equal();
const orEqual = (r: boolean, equal: () => boolean) => r || equal();
const notOrEqual = (r: boolean, equal: () => boolean) => !r || equal();
const andNotEqual = (r: boolean, equal: () => boolean) => r && !equal();
const not = (r: boolean) => !r;

const CONVERT: Record<string, Record<string, (op: Cmp) => Cmp>> = {
  __lt__: {
    __gt__: derive("__gt__", notNorEqual),
    __le__: derive("__le__", orEqual),
    __ge__: derive("__ge__", not),
  },
  __le__: {
    __ge__: derive("__ge__", notOrEqual),
    __lt__: derive("__lt__", andNotEqual),
    __gt__: derive("__gt__", not),
  },
  __gt__: {
    __lt__: derive("__lt__", notNorEqual),
    __ge__: derive("__ge__", orEqual),
    __le__: derive("__le__", not),
  },
  __ge__: {
    __le__: derive("__le__", notOrEqual),
    __gt__: derive("__gt__", andNotEqual),
    __lt__: derive("__lt__", not),
  },
};

/** `@functools.total_ordering` (applied after the class): the missing comparisons from one. */
export function total_ordering<C extends Function>(cls: C): C {
  const proto = cls.prototype as Record<string, unknown>;
  const roots = Object.keys(CONVERT).filter((op) => typeof proto[op] === "function");
  if (roots.length === 0) {
    throw new ValueError("must define at least one ordering operation: < > <= >=");
  }
  const root = roots.reduce((a, b) => (a > b ? a : b));
  for (const [name, make] of Object.entries(CONVERT[root])) {
    if (!roots.includes(name)) setAttr(proto, name, make(proto[root] as Cmp));
  }
  return cls;
}
pyClass(total_ordering, "functools", "total_ordering");

// ---- cmp_to_key ----

/** `functools.cmp_to_key(mycmp)`: a key whose objects compare through `mycmp`. */
export function cmp_to_key(mycmp: unknown): (x: unknown) => unknown {
  class K {
    constructor(readonly obj: unknown) {}
    __lt__(other: K) {
      return lt(call(mycmp, this.obj, other.obj), 0);
    }
    __gt__(other: K) {
      return lt(0, call(mycmp, this.obj, other.obj));
    }
    __eq__(other: K) {
      return eq(call(mycmp, this.obj, other.obj), 0);
    }
    __le__(other: K) {
      return !lt(0, call(mycmp, this.obj, other.obj));
    }
    __ge__(other: K) {
      return !lt(call(mycmp, this.obj, other.obj), 0);
    }
  }
  pyClass(K, "functools", "KeyWrapper");
  const key = (x: unknown) => new K(x);
  return key;
}
pyClass(cmp_to_key, "functools", "cmp_to_key");
