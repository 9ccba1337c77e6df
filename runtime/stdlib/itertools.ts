// Python's `itertools`: lazy iterators (JS iterables with `__next__`) with CPython's reprs:
// `count(5)`, `repeat(1, 3)`, `<itertools.chain object at 0x…>` for the others.
// Mirrors Modules/itertoolsmodule.c (3.11); `batched` is 3.12 and not provided.

import { add } from "../builtins/arith.js";
import { call } from "../builtins/call.js";
import { eq } from "../builtins/compare.js";
import { StopIteration, TypeError, ValueError } from "../builtins/exceptions.js";
import { isFloatValue } from "../builtins/float.js";
import { address } from "../builtins/ids.js";
import { splitKwargs } from "../builtins/kwargs.js";
import { pyIter } from "../builtins/protocols.js";
import { defineBuiltinType, typeName } from "../builtins/pytype.js";
import { repr } from "../builtins/repr.js";
import { truthy } from "../builtins/truthy.js";
import { makeTuple, type PyTuple } from "../builtins/tuple.js";

/** An itertools iterator: a JS iterator and a Python one (`__next__`), `type(it).__name__` the
 * itertools name, repr `<itertools.NAME object at 0x…>` unless the type has its own. */
class ItertoolsIterator implements IterableIterator<unknown> {
  constructor(
    readonly kind: string,
    private readonly it: Iterator<unknown>,
    private readonly reprText?: () => string,
  ) {}
  next(): IteratorResult<unknown> {
    return this.it.next();
  }
  [Symbol.iterator](): this {
    return this;
  }
  __iter__(): this {
    return this;
  }
  __next__(): unknown {
    const r = this.it.next();
    if (r.done) throw new StopIteration();
    return r.value;
  }
  __repr__(): string {
    return this.reprText ? this.reprText() : `<itertools.${this.kind} object at ${address(this)}>`;
  }
  get __typename__(): string {
    return `itertools.${this.kind}`;
  }
}

/** A callable that is the Python type `itertools.NAME` of the iterators it makes. */
function itertoolsType<F extends (...args: any[]) => unknown>(name: string, fn: F): F {
  const t = defineBuiltinType(
    fn,
    `itertools.${name}`,
    (x) => x instanceof ItertoolsIterator && x.kind === name,
  );
  for (const [key, value] of [
    ["__name__", name],
    ["__qualname__", name],
    ["__module__", "itertools"],
    ["__tpname__", `itertools.${name}`],
  ]) {
    Object.defineProperty(t, key, { value, writable: true, configurable: true });
  }
  return t;
}

function make(kind: string, gen: Iterator<unknown>, reprText?: () => string): ItertoolsIterator {
  return new ItertoolsIterator(kind, gen, reprText);
}

function iterOf(x: unknown): Iterator<unknown> {
  return pyIter(x)[Symbol.iterator]();
}

function isIndex(x: unknown): boolean {
  return typeof x === "boolean" || (typeof x === "number" && Number.isInteger(x));
}

function toIndex(x: unknown): number {
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x !== "number" || !Number.isInteger(x)) {
    throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  }
  return x;
}

/** Positional and keyword arguments bound to `names` (CPython's "missing required argument"). */
function bind(
  who: string,
  names: string[],
  required: number,
  args: unknown[],
  kwNames: string[] = names,
): unknown[] {
  const [pos, kw] = splitKwargs(args);
  if (pos.length > names.length) {
    throw new TypeError(
      `${who}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${pos.length} given)`,
    );
  }
  const out: unknown[] = [...pos];
  for (const [k, v] of Object.entries(kw)) {
    const i = names.indexOf(k);
    if (i < 0 || !kwNames.includes(k)) {
      throw new TypeError(`${who}() got an unexpected keyword argument '${k}'`);
    }
    if (i < pos.length) {
      throw new TypeError(`argument for ${who}() given by name ('${k}') and position (${i + 1})`);
    }
    out[i] = v;
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      throw new TypeError(`${who}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

function noKeywords(who: string, args: unknown[]): unknown[] {
  const [pos, kw] = splitKwargs(args);
  if (Object.keys(kw).length) throw new TypeError(`${who}() takes no keyword arguments`);
  return pos;
}

// ---- infinite iterators ----

/** `itertools.count(start=0, step=1)`. */
export const count = itertoolsType("count", (...args: unknown[]) => {
  let [start, step] = bind("count", ["start", "step"], 0, args);
  start ??= 0;
  step ??= 1;
  for (const x of [start, step]) {
    if (typeof x !== "number" && typeof x !== "boolean" && !isFloatValue(x)) {
      throw new TypeError("a number is required");
    }
  }
  if (typeof start === "boolean") start = start ? 1 : 0;
  let cur = start;
  const it = make(
    "count",
    (function* () {
      for (;;) {
        const v = cur;
        cur = add(cur, step);
        yield v;
      }
    })(),
    () => (step === 1 ? `count(${repr(cur)})` : `count(${repr(cur)}, ${repr(step)})`),
  );
  return it;
});

/** `itertools.cycle(iterable)`. */
export const cycle = itertoolsType("cycle", (...args: unknown[]) => {
  const pos = noKeywords("cycle", args);
  if (pos.length !== 1) {
    throw new TypeError(`cycle expected 1 argument, got ${pos.length}`);
  }
  const src = iterOf(pos[0]);
  return make(
    "cycle",
    (function* () {
      const saved: unknown[] = [];
      for (let r = src.next(); !r.done; r = src.next()) {
        saved.push(r.value);
        yield r.value;
      }
      if (saved.length === 0) return;
      for (;;) yield* saved;
    })(),
  );
});

/** `itertools.repeat(object[, times])`. */
export const repeat = itertoolsType("repeat", (...args: unknown[]) => {
  const [object, times] = bind("repeat", ["object", "times"], 1, args);
  let left = times === undefined ? -1 : Math.max(0, toIndex(times));
  return make(
    "repeat",
    (function* () {
      while (left !== 0) {
        if (left > 0) left--;
        yield object;
      }
    })(),
    () => (left < 0 ? `repeat(${repr(object)})` : `repeat(${repr(object)}, ${left})`),
  );
});

// ---- iterators terminating on the shortest input ----

/** `itertools.accumulate(iterable[, func, *, initial=None])`. */
export const accumulate = itertoolsType("accumulate", (...args: unknown[]) => {
  const [iterable, func, initial] = bind("accumulate", ["iterable", "func", "initial"], 1, args, [
    "iterable",
    "func",
    "initial",
  ]);
  const src = iterOf(iterable);
  const f = func ?? null;
  return make(
    "accumulate",
    (function* () {
      let total: unknown;
      let started = false;
      if (initial !== undefined && initial !== null) {
        total = initial;
        started = true;
        yield total;
      }
      for (let r = src.next(); !r.done; r = src.next()) {
        if (!started) {
          total = r.value;
          started = true;
        } else total = f === null ? add(total, r.value) : call(f, total, r.value);
        yield total;
      }
    })(),
  );
});

function chainOf(sources: Iterator<unknown>): Generator<unknown> {
  return (function* () {
    for (let s = sources.next(); !s.done; s = sources.next()) {
      const it = iterOf(s.value);
      for (let r = it.next(); !r.done; r = it.next()) yield r.value;
    }
  })();
}

/** `itertools.chain(*iterables)`; `chain.from_iterable(iterable)`. */
export const chain = Object.assign(
  itertoolsType("chain", (...args: unknown[]) => {
    const pos = noKeywords("chain", args);
    return make("chain", chainOf(pos[Symbol.iterator]()));
  }),
  {
    from_iterable(iterable: unknown) {
      return make("chain", chainOf(iterOf(iterable)));
    },
  },
);

/** `itertools.compress(data, selectors)`. */
export const compress = itertoolsType("compress", (...args: unknown[]) => {
  const [data, selectors] = bind("compress", ["data", "selectors"], 2, args);
  const d = iterOf(data);
  const s = iterOf(selectors);
  return make(
    "compress",
    (function* () {
      for (;;) {
        const a = d.next();
        if (a.done) return;
        const b = s.next();
        if (b.done) return;
        if (truthy(b.value)) yield a.value;
      }
    })(),
  );
});

function predicateArgs(who: string, args: unknown[]): [unknown, Iterator<unknown>] {
  const pos = noKeywords(who, args);
  if (pos.length !== 2) throw new TypeError(`${who} expected 2 arguments, got ${pos.length}`);
  return [pos[0], iterOf(pos[1])];
}

/** `itertools.dropwhile(predicate, iterable)`. */
export const dropwhile = itertoolsType("dropwhile", (...args: unknown[]) => {
  const [pred, src] = predicateArgs("dropwhile", args);
  return make(
    "dropwhile",
    (function* () {
      let dropping = true;
      for (let r = src.next(); !r.done; r = src.next()) {
        if (dropping && truthy(call(pred, r.value))) continue;
        dropping = false;
        yield r.value;
      }
    })(),
  );
});

/** `itertools.takewhile(predicate, iterable)`. */
export const takewhile = itertoolsType("takewhile", (...args: unknown[]) => {
  const [pred, src] = predicateArgs("takewhile", args);
  return make(
    "takewhile",
    (function* () {
      for (let r = src.next(); !r.done; r = src.next()) {
        if (!truthy(call(pred, r.value))) return;
        yield r.value;
      }
    })(),
  );
});

/** `itertools.filterfalse(predicate, iterable)`. */
export const filterfalse = itertoolsType("filterfalse", (...args: unknown[]) => {
  const [pred, src] = predicateArgs("filterfalse", args);
  return make(
    "filterfalse",
    (function* () {
      for (let r = src.next(); !r.done; r = src.next()) {
        const keep = pred === null || pred === undefined ? r.value : call(pred, r.value);
        if (!truthy(keep)) yield r.value;
      }
    })(),
  );
});

/** `itertools.groupby(iterable, key=None)`: `(key, grouper)` pairs; a grouper is only valid until
 * the groupby advances, as in CPython. */
export const groupby = itertoolsType("groupby", (...args: unknown[]) => {
  const [iterable, key] = bind("groupby", ["iterable", "key"], 1, args);
  const src = iterOf(iterable);
  const keyFn = key ?? null;
  const NONE = Symbol("none");
  const state = {
    tgtkey: NONE as unknown,
    currkey: NONE as unknown,
    currvalue: NONE as unknown,
    currgrouper: null as object | null,
  };
  /** Fetches the next value and its key; false at the end. */
  const step = (): boolean => {
    const r = src.next();
    if (r.done) return false;
    state.currkey = keyFn === null ? r.value : call(keyFn, r.value);
    state.currvalue = r.value;
    return true;
  };
  function grouper(tgtkey: unknown): ItertoolsIterator {
    const self: { g?: ItertoolsIterator } = {};
    const g: ItertoolsIterator = make(
      "_grouper",
      (function* () {
        for (;;) {
          if (state.currgrouper !== self.g) return;
          if (state.currvalue === NONE && !step()) return;
          if (!eq(tgtkey, state.currkey)) return;
          const v = state.currvalue;
          state.currvalue = NONE;
          yield v;
        }
      })(),
    );
    self.g = g;
    return g;
  }
  return make(
    "groupby",
    (function* () {
      for (;;) {
        state.currgrouper = null;
        for (;;) {
          if (state.currkey === NONE) {
            // nothing read yet
          } else if (state.tgtkey === NONE) break;
          else if (!eq(state.tgtkey, state.currkey)) break;
          if (!step()) return;
        }
        state.tgtkey = state.currkey;
        const g = grouper(state.tgtkey);
        state.currgrouper = g;
        yield makeTuple([state.currkey, g]);
      }
    })(),
  );
});
registerHelperType("_grouper");

/** `itertools.islice(iterable, stop)` / `islice(iterable, start, stop[, step])`. */
export const islice = itertoolsType("islice", (...args: unknown[]) => {
  const pos = noKeywords("islice", args);
  if (pos.length < 2 || pos.length > 4) {
    throw new TypeError(
      pos.length < 2
        ? `islice expected at least 2 arguments, got ${pos.length}`
        : `islice expected at most 4 arguments, got ${pos.length}`,
    );
  }
  const src = iterOf(pos[0]);
  let start = 0;
  let stop = -1;
  let stepBy = 1;
  const index = (x: unknown, msg: string): number => {
    if (x === null) return -1;
    if (!isIndex(x) || toIndex(x) < 0) throw new ValueError(msg);
    return toIndex(x);
  };
  const STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  const INDEX_MSG = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  if (pos.length === 2) stop = index(pos[1], STOP_MSG);
  else {
    const a = pos[1] === null ? 0 : index(pos[1], INDEX_MSG);
    const b = index(pos[2], STOP_MSG);
    start = a;
    stop = b;
    if (pos.length === 4 && pos[3] !== null) {
      if (!isIndex(pos[3]) || toIndex(pos[3]) < 1) {
        throw new ValueError("Step for islice() must be a positive integer or None.");
      }
      stepBy = toIndex(pos[3]);
    }
  }
  return make(
    "islice",
    (function* () {
      let cnt = 0;
      let nextIndex = start;
      for (;;) {
        while (cnt < nextIndex) {
          if (src.next().done) return;
          cnt++;
        }
        if (stop !== -1 && cnt >= stop) return;
        const r = src.next();
        if (r.done) return;
        cnt++;
        const oldNext = nextIndex;
        nextIndex += stepBy;
        if (nextIndex < oldNext || (stop !== -1 && nextIndex > stop)) nextIndex = stop;
        yield r.value;
      }
    })(),
  );
});

/** `itertools.pairwise(iterable)`. */
export const pairwise = itertoolsType("pairwise", (...args: unknown[]) => {
  const pos = noKeywords("pairwise", args);
  if (pos.length !== 1) throw new TypeError(`pairwise expected 1 argument, got ${pos.length}`);
  const src = iterOf(pos[0]);
  return make(
    "pairwise",
    (function* () {
      let prev = src.next();
      if (prev.done) return;
      for (let r = src.next(); !r.done; r = src.next()) {
        yield makeTuple([prev.value, r.value]);
        prev = r;
      }
    })(),
  );
});

/** `itertools.starmap(function, iterable)`. */
export const starmap = itertoolsType("starmap", (...args: unknown[]) => {
  const [f, src] = predicateArgs("starmap", args);
  return make(
    "starmap",
    (function* () {
      for (let r = src.next(); !r.done; r = src.next()) {
        yield call(f, ...pyIter(r.value));
      }
    })(),
  );
});

/** `itertools.zip_longest(*iterables, fillvalue=None)`. */
export const zip_longest = itertoolsType("zip_longest", (...args: unknown[]) => {
  const [pos, kw] = splitKwargs(args);
  for (const k of Object.keys(kw)) {
    if (k !== "fillvalue") {
      throw new TypeError(`zip_longest() got an unexpected keyword argument '${k}'`);
    }
  }
  const fill = kw.fillvalue ?? null;
  const its: (Iterator<unknown> | null)[] = pos.map(iterOf);
  return make(
    "zip_longest",
    (function* () {
      if (its.length === 0) return;
      let active = its.length;
      for (;;) {
        const row: unknown[] = [];
        for (let i = 0; i < its.length; i++) {
          const it = its[i];
          if (it === null) {
            row.push(fill);
            continue;
          }
          const r = it.next();
          if (r.done) {
            its[i] = null;
            active--;
            if (active === 0) return;
            row.push(fill);
          } else row.push(r.value);
        }
        yield makeTuple(row);
      }
    })(),
  );
});

/** `itertools.tee(iterable, n=2)`: n independent iterators over one source. */
export function tee(...args: unknown[]): PyTuple {
  const pos = noKeywords("tee", args);
  if (pos.length < 1 || pos.length > 2) {
    throw new TypeError(
      `tee expected at ${pos.length < 1 ? "least 1" : "most 2"} argument${pos.length < 1 ? "" : "s"}, got ${pos.length}`,
    );
  }
  const n = pos.length > 1 ? toIndex(pos[1]) : 2;
  if (n < 0) throw new ValueError("n must be >= 0");
  const src = iterOf(pos[0]);
  const buffer: unknown[] = [];
  let base = 0;
  let ended = false;
  const positions = new Array<number>(n).fill(0);
  const one = (k: number) =>
    make(
      "_tee",
      (function* () {
        for (;;) {
          const at = positions[k];
          if (at - base >= buffer.length) {
            if (ended) return;
            const r = src.next();
            if (r.done) {
              ended = true;
              return;
            }
            buffer.push(r.value);
          }
          const v = buffer[at - base];
          positions[k] = at + 1;
          // Drop what every tee has read.
          const low = Math.min(...positions);
          if (low > base) {
            buffer.splice(0, low - base);
            base = low;
          }
          yield v;
        }
      })(),
    );
  return makeTuple(Array.from({ length: n }, (_, k) => one(k)));
}
registerHelperType("_tee");

// ---- combinatoric iterators ----

function pool(x: unknown): unknown[] {
  return [...pyIter(x)];
}

/** `itertools.product(*iterables, repeat=1)`. */
export const product = itertoolsType("product", (...args: unknown[]) => {
  const [pos, kw] = splitKwargs(args);
  for (const k of Object.keys(kw)) {
    if (k !== "repeat") throw new TypeError(`product() got an unexpected keyword argument '${k}'`);
  }
  const times = kw.repeat === undefined ? 1 : toIndex(kw.repeat);
  if (times < 0) throw new ValueError("repeat argument cannot be negative");
  const base = pos.map(pool);
  const pools: unknown[][] = [];
  for (let i = 0; i < times; i++) pools.push(...base);
  return make(
    "product",
    (function* () {
      if (pools.some((p) => p.length === 0)) return;
      const idx = new Array<number>(pools.length).fill(0);
      for (;;) {
        yield makeTuple(idx.map((j, i) => pools[i][j]));
        let i = pools.length - 1;
        while (i >= 0 && idx[i] === pools[i].length - 1) {
          idx[i] = 0;
          i--;
        }
        if (i < 0) return;
        idx[i]++;
      }
    })(),
  );
});

function rArgs(who: string, args: unknown[], rRequired: boolean): [unknown[], number] {
  const [iterable, r] = bind(who, ["iterable", "r"], rRequired ? 2 : 1, args);
  const items = pool(iterable);
  const n = r === undefined || r === null ? items.length : toIndex(r);
  if (n < 0) throw new ValueError("r must be non-negative");
  return [items, n];
}

/** `itertools.permutations(iterable, r=None)`. */
export const permutations = itertoolsType("permutations", (...args: unknown[]) => {
  const [items, r] = rArgs("permutations", args, false);
  const n = items.length;
  return make(
    "permutations",
    (function* () {
      if (r > n) return;
      const indices = Array.from({ length: n }, (_, i) => i);
      const cycles = Array.from({ length: r }, (_, i) => n - i);
      yield makeTuple(indices.slice(0, r).map((i) => items[i]));
      for (;;) {
        let i = r - 1;
        for (; i >= 0; i--) {
          cycles[i]--;
          if (cycles[i] === 0) {
            indices.push(...indices.splice(i, 1));
            cycles[i] = n - i;
          } else {
            const j = cycles[i];
            [indices[i], indices[n - j]] = [indices[n - j], indices[i]];
            yield makeTuple(indices.slice(0, r).map((k) => items[k]));
            break;
          }
        }
        if (i < 0) return;
      }
    })(),
  );
});

/** `itertools.combinations(iterable, r)`. */
export const combinations = itertoolsType("combinations", (...args: unknown[]) => {
  const [items, r] = rArgs("combinations", args, true);
  const n = items.length;
  return make(
    "combinations",
    (function* () {
      if (r > n) return;
      const indices = Array.from({ length: r }, (_, i) => i);
      yield makeTuple(indices.map((i) => items[i]));
      for (;;) {
        let i = r - 1;
        while (i >= 0 && indices[i] === i + n - r) i--;
        if (i < 0) return;
        indices[i]++;
        for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
        yield makeTuple(indices.map((k) => items[k]));
      }
    })(),
  );
});

/** `itertools.combinations_with_replacement(iterable, r)`. */
export const combinations_with_replacement = itertoolsType(
  "combinations_with_replacement",
  (...args: unknown[]) => {
    const [items, r] = rArgs("combinations_with_replacement", args, true);
    const n = items.length;
    return make(
      "combinations_with_replacement",
      (function* () {
        if (n === 0 && r > 0) return;
        const indices = new Array<number>(r).fill(0);
        yield makeTuple(indices.map((i) => items[i]));
        for (;;) {
          let i = r - 1;
          while (i >= 0 && indices[i] === n - 1) i--;
          if (i < 0) return;
          const v = indices[i] + 1;
          for (let j = i; j < r; j++) indices[j] = v;
          yield makeTuple(indices.map((k) => items[k]));
        }
      })(),
    );
  },
);

/** The types of iterators that only itertools makes (`_grouper`, `_tee`): not constructible. */
function registerHelperType(name: string): void {
  itertoolsType(name, () => {
    throw new TypeError(`cannot create 'itertools.${name}' instances`);
  });
}
