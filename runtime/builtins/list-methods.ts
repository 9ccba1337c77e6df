// Python's list methods on JS arrays. Names JS arrays lack (`append`, `extend`, `insert`, `remove`,
// `index`, `count`, `copy`, `clear`) are installed on Array.prototype as non-enumerable methods;
// `pop`, `sort` and `reverse` exist in JS with other semantics, so emitted code reaches Python's
// through `list.pop(xs, i)` or `py.method(xs, "sort", …)` (contract §1). Mirrors Objects/listobject.c.

import { eq } from "./compare.js";
import { AttributeError, IndexError, ValueError } from "./exceptions.js";
import { sortInPlace } from "./functions.js";
import { iterate } from "./iteration.js";
import { splitKwargs } from "./kwargs.js";
import { repr } from "./repr.js";
import { truthy } from "./truthy.js";
import { PyTuple } from "./tuple.js";

function mutable(xs: unknown[], name: string): void {
  if (xs instanceof PyTuple || Object.isFrozen(xs)) {
    throw new AttributeError(`'tuple' object has no attribute '${name}'`);
  }
}

/** Python's list methods as functions taking the list first. */
export const listMethods = {
  /** `xs.append(x)`. */
  append(xs: unknown[], x: unknown): null {
    mutable(xs, "append");
    xs.push(x);
    return null;
  },
  /** `xs.extend(iterable)`. */
  extend(xs: unknown[], items: unknown): null {
    mutable(xs, "extend");
    const all = Array.from(iterate(items));
    for (const x of all) xs.push(x);
    return null;
  },
  /** `xs.insert(i, x)`. */
  insert(xs: unknown[], i: number, x: unknown): null {
    mutable(xs, "insert");
    const n = xs.length;
    const j = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
    xs.splice(j, 0, x);
    return null;
  },
  /** `xs.remove(x)`: ValueError when absent. */
  remove(xs: unknown[], x: unknown): null {
    mutable(xs, "remove");
    const i = xs.findIndex((y) => eq(y, x));
    if (i < 0) throw new ValueError("list.remove(x): x not in list");
    xs.splice(i, 1);
    return null;
  },
  /** `xs.index(x[, start[, stop]])`. */
  index(xs: unknown[], x: unknown, start = 0, stop: number = xs.length): number {
    const n = xs.length;
    const a = start < 0 ? Math.max(0, start + n) : start;
    const b = stop < 0 ? stop + n : Math.min(stop, n);
    for (let i = a; i < b; i++) if (eq(xs[i], x)) return i;
    throw new ValueError(
      xs instanceof PyTuple ? "tuple.index(x): x not in tuple" : `${repr(x)} is not in list`,
    );
  },
  /** `xs.count(x)`. */
  count(xs: unknown[], x: unknown): number {
    let n = 0;
    for (const y of xs) if (eq(y, x)) n++;
    return n;
  },
  /** `xs.copy()`: a shallow copy. */
  copy(xs: unknown[]): unknown[] {
    return [...xs];
  },
  /** `xs.clear()`. */
  clear(xs: unknown[]): null {
    mutable(xs, "clear");
    xs.length = 0;
    return null;
  },
  /** `xs.pop(i=-1)`: IndexError on an empty list or a bad index. */
  pop(xs: unknown[], i = -1): unknown {
    mutable(xs, "pop");
    if (xs.length === 0) throw new IndexError("pop from empty list");
    const j = i < 0 ? i + xs.length : i;
    if (j < 0 || j >= xs.length) throw new IndexError("pop index out of range");
    return xs.splice(j, 1)[0];
  },
  /** `xs.sort(key=None, reverse=False)`: in place, stable, Python ordering; returns None. */
  sort(xs: unknown[], ...args: unknown[]): null {
    mutable(xs, "sort");
    const [, kw] = splitKwargs(args);
    sortInPlace(xs, kw.key as ((x: unknown) => unknown) | null | undefined, truthy(kw.reverse));
    return null;
  },
  /** `xs.reverse()`: in place; returns None. */
  reverse(xs: unknown[]): null {
    mutable(xs, "reverse");
    Array.prototype.reverse.call(xs);
    return null;
  },
};

/** The list method names JS arrays already have with other semantics. */
export const clashingListMethods = new Set(["pop", "sort", "reverse"]);

declare global {
  interface Array<T> {
    /** Python's `list.append`. */
    append(x: T): null;
    /** Python's `list.extend`. */
    extend(items: Iterable<T>): null;
    /** Python's `list.insert`. */
    insert(i: number, x: T): null;
    /** Python's `list.remove`. */
    remove(x: T): null;
    /** Python's `list.index`. */
    index(x: T, start?: number, stop?: number): number;
    /** Python's `list.count`. */
    count(x: T): number;
    /** Python's `list.copy`. */
    copy(): T[];
    /** Python's `list.clear`. */
    clear(): null;
  }
}

for (const name of [
  "append",
  "extend",
  "insert",
  "remove",
  "index",
  "count",
  "copy",
  "clear",
] as const) {
  if (!(name in Array.prototype)) {
    const impl = listMethods[name] as (xs: unknown[], ...args: any[]) => unknown;
    Object.defineProperty(Array.prototype, name, {
      value: function (this: unknown[], ...args: unknown[]) {
        return impl(this, ...args);
      },
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
}
