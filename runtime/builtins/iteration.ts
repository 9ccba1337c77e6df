// Python's iteration protocol over JS iterables: `iter()`, `next()`, and iterator objects that print
// like CPython's (`<enumerate object at 0x…>`). Mirrors Objects/abstract.c (PyObject_GetIter).

import { mapKeys } from "./dict.js";
import { StopIteration, TypeError } from "./exceptions.js";
import { address } from "./ids.js";
import { defineBuiltinType, typeName } from "./pytype.js";
import { PyRange } from "./range.js";
import { PyTuple } from "./tuple.js";

const NO_DEFAULT: unknown = Symbol("no default");

/** A Python iterator wrapping a JS iterator, with a CPython type name for `repr`/`type`. */
export class PyIterator<T = unknown> implements IterableIterator<T> {
  constructor(
    private readonly kind: string,
    private readonly it: Iterator<T>,
  ) {}
  /** JS iteration. */
  next(): IteratorResult<T> {
    return this.it.next();
  }
  /** An iterator is its own iterator. */
  [Symbol.iterator](): this {
    return this;
  }
  /** Python's `__next__`: raises StopIteration at the end. */
  __next__(): T {
    const r = this.it.next();
    if (r.done) throw new StopIteration();
    return r.value;
  }
  /** `<enumerate object at 0x…>`. */
  __repr__(): string {
    return `<${this.kind} object at ${address(this)}>`;
  }
  /** The Python type name (`type(it).__name__`). */
  get __typename__(): string {
    return this.kind;
  }
}

function* fromDunderNext<T>(it: { __next__: () => T }): Generator<T> {
  for (;;) {
    let v: T;
    try {
      v = it.__next__();
    } catch (e) {
      if (e instanceof StopIteration) return;
      throw e;
    }
    yield v;
  }
}

for (const kind of [
  "list_iterator",
  "tuple_iterator",
  "str_ascii_iterator",
  "dict_keyiterator",
  "set_iterator",
  "range_iterator",
  "list_reverseiterator",
  "dict_reversekeyiterator",
  "iterator",
]) {
  defineBuiltinType(
    () => {
      throw new TypeError(`cannot create '${kind}' instances`);
    },
    kind,
    (x) => x instanceof PyIterator && x.__typename__ === kind,
  );
}

/** The JS iterable Python's `for` walks over `x`: dict → keys, str → characters. */
export function iterate(x: unknown): Iterable<any> {
  if (typeof x === "string") return x;
  if (x !== null && typeof x === "object") {
    const o = x as { __iter__?: () => unknown; [Symbol.iterator]?: unknown };
    if (typeof o.__iter__ === "function") {
      const it = o.__iter__();
      if (it !== null && typeof (it as { __next__?: unknown }).__next__ === "function") {
        if (
          typeof (it as { next?: unknown }).next === "function" &&
          Symbol.iterator in (it as object)
        ) {
          return it as Iterable<unknown>;
        }
        return fromDunderNext(it as { __next__: () => unknown });
      }
      if (it !== null && typeof (it as Iterable<unknown>)[Symbol.iterator] === "function") {
        return it as Iterable<unknown>;
      }
      throw new TypeError(`iter() returned non-iterator of type '${typeName(it)}'`);
    }
    if (x instanceof Map) return mapKeys(x);
    if (typeof o[Symbol.iterator] === "function") return x as Iterable<unknown>;
    if (typeof (o as { __next__?: unknown }).__next__ === "function") {
      return fromDunderNext(o as { __next__: () => unknown });
    }
  }
  throw new TypeError(`'${typeName(x)}' object is not iterable`);
}

/** Python's `iter(x)`: an iterator object (`next(it)` works on it). */
export function iter(x: unknown): Iterator<any> & Iterable<any> {
  if (x instanceof PyIterator) return x;
  const src = iterate(x);
  const it = src[Symbol.iterator]();
  if ((it as unknown) === x) return it as Iterator<any> & Iterable<any>;
  const kind =
    typeof x === "string"
      ? "str_ascii_iterator"
      : x instanceof PyTuple
        ? "tuple_iterator"
        : Array.isArray(x)
          ? "list_iterator"
          : x instanceof PyRange
            ? "range_iterator"
            : x instanceof Map
              ? "dict_keyiterator"
              : x instanceof Set
                ? "set_iterator"
                : "iterator";
  return new PyIterator(kind, it);
}

/** Python's `next(it[, default])`. */
export function next(it: unknown, dflt: unknown = NO_DEFAULT): any {
  const o = it as { __next__?: () => unknown; next?: () => IteratorResult<unknown> } | null;
  if (
    o !== null &&
    typeof o === "object" &&
    typeof o.__next__ === "function" &&
    !(o instanceof PyIterator)
  ) {
    try {
      return o.__next__();
    } catch (e) {
      if (e instanceof StopIteration && dflt !== NO_DEFAULT) return dflt;
      throw e;
    }
  }
  if (o === null || typeof o !== "object" || typeof o.next !== "function") {
    throw new TypeError(`'${typeName(it)}' object is not an iterator`);
  }
  const r = o.next();
  if (r.done) {
    if (dflt !== NO_DEFAULT) return dflt;
    throw r.value === undefined ? new StopIteration() : new StopIteration(r.value);
  }
  return r.value;
}
