// Python's `dataclasses`: `@dataclass` on a class becomes `dataclasses.dataclass(Cls, fields,
// options)` after the class, whose JS class extends `dataclasses.Dataclass` (its constructor is
// the generated `__init__`). Mirrors Lib/dataclasses.py (3.11): argument errors, repr, eq, order,
// frozen, hash, asdict/astuple/replace/fields.

import { qualnameOf } from "../asyncio/location.js";
import { NotImplemented } from "../builtins/arith.js";
import { pyClass } from "../builtins/classinfo.js";
import { eq, ge, gt, le, lt } from "../builtins/compare.js";
import { PyDict } from "../builtins/dict.js";
import {
  AttributeError,
  NotImplementedError,
  TypeError,
  ValueError,
} from "../builtins/exceptions.js";
import { hash } from "../builtins/functions.js";
import { isKwargs, splitKwargs } from "../builtins/kwargs.js";
import { classRepr, typeOf } from "../builtins/pytype.js";
import { repr } from "../builtins/repr.js";
import { truthy } from "../builtins/truthy.js";
import { makeTuple, PyTuple } from "../builtins/tuple.js";
import { atCall, bindArguments } from "./arguments.js";

/** `dataclasses.MISSING`: the field has no default. */
class _MISSING_TYPE {}
pyClass(_MISSING_TYPE, "dataclasses", "_MISSING_TYPE");
export const MISSING: unknown = new _MISSING_TYPE();

/** `dataclasses.KW_ONLY`: the fields annotated after `_: KW_ONLY` are keyword-only. */
class _KW_ONLY_TYPE {}
pyClass(_KW_ONLY_TYPE, "dataclasses", "_KW_ONLY_TYPE");
export const KW_ONLY: unknown = new _KW_ONLY_TYPE();

/** Raised on assignment to (or deletion of) a field of a frozen dataclass instance. */
export class FrozenInstanceError extends AttributeError {}
pyClass(FrozenInstanceError, "dataclasses", "FrozenInstanceError");

/** What `field(...)` returns and `fields(x)` lists. */
export class Field {
  name = "";
  default: unknown = MISSING;
  default_factory: unknown = MISSING;
  init = true;
  repr = true;
  compare = true;
  hash: unknown = null;
  /** `MISSING` until the class decides (its `kw_only=` option or a `KW_ONLY` marker). */
  kw_only: unknown = MISSING;
  /** The annotation is not carried over to JS: reading it raises rather than answer wrongly. */
  get type(): unknown {
    throw new NotImplementedError("asyncio-ts: Field.type (annotations are not kept)");
  }
  /** CPython's repr shows the annotation, which is not kept: raises rather than print another. */
  __repr__(): string {
    throw new NotImplementedError(
      "asyncio-ts: repr of a dataclasses.Field (annotations are not kept)",
    );
  }
}
pyClass(Field, "dataclasses", "Field");

/** `dataclasses.field(default=..., default_factory=..., init=, repr=, compare=)`. */
export function field(...args: unknown[]): Field {
  const [positional, kw] = splitKwargs(args);
  if (positional.length) {
    throw new TypeError(`field() takes 0 positional arguments but ${positional.length} were given`);
  }
  const f = new Field();
  for (const [k, v] of Object.entries(kw)) {
    if (!["default", "default_factory", "init", "repr", "compare", "hash", "kw_only"].includes(k)) {
      throw new TypeError(`field() got an unexpected keyword argument '${k}'`);
    }
    (f as unknown as Record<string, unknown>)[k] = v;
  }
  if (f.default !== MISSING && f.default_factory !== MISSING) {
    throw new ValueError("cannot specify both default and default_factory");
  }
  return f;
}
pyClass(field, "dataclasses", "field");

interface Spec {
  fields: Field[];
  frozen: boolean;
  cls: Function;
}

const specs = new WeakMap<Function, Spec>();

function specOf(cls: unknown): Spec | undefined {
  for (let c = cls; typeof c === "function"; c = Object.getPrototypeOf(c)) {
    const s = specs.get(c);
    if (s) return s;
  }
  return undefined;
}

/** The generated `__init__`: binds positional and keyword arguments as CPython would. */
function initFields(self: Record<string, unknown>, cls: Function, spec: Spec, args: unknown[]) {
  const who = `${(cls as { __qualname__?: string }).__qualname__ ?? cls.name}.__init__()`;
  const params = spec.fields.filter((f) => f.init);
  const values = bindArguments(
    who,
    params.map((f) => ({ name: f.name, optional: hasDefault(f), kwOnly: f.kw_only === true })),
    args,
    1,
  );
  for (const f of spec.fields) {
    let v: unknown;
    if (values.has(f.name)) v = values.get(f.name);
    else if (f.default !== MISSING) v = f.default;
    else if (f.default_factory !== MISSING) v = (f.default_factory as () => unknown)();
    else continue;
    self[f.name] = v;
  }
}

function hasDefault(f: Field): boolean {
  return f.default !== MISSING || f.default_factory !== MISSING;
}

/** CPython's frozen `__setattr__`/`__delattr__`: any name on the decorated class itself, field
 * names on an undecorated subclass. */
function frozenHandler(cls: Function, spec: Spec): ProxyHandler<object> {
  const refuses = (name: string | symbol) =>
    typeof name === "string" && (cls === spec.cls || spec.fields.some((f) => f.name === name));
  // CPython's `__setattr__`/`__delattr__` are compiled from a string: a `<string>` frame.
  const refused = (what: string, name: string) => {
    const e = new FrozenInstanceError(`cannot ${what} field ${repr(name)}`);
    const fn = what === "delete" ? "__delattr__" : "__setattr__";
    Object.defineProperty(e, Symbol.for("asyncio-ts.tail-frames"), {
      value: { frames: [{ file: "<string>", line: 4, name: fn }], attribute: name },
    });
    return e;
  };
  return {
    get(target, name, receiver) {
      if (name === Symbol.for("asyncio-ts.target")) return target;
      return Reflect.get(target, name, receiver);
    },
    set(target, name, value) {
      if (refuses(name)) throw refused("assign to", String(name));
      return Reflect.set(target, name, value);
    },
    deleteProperty(target, name) {
      if (refuses(name)) throw refused("delete", String(name));
      return Reflect.deleteProperty(target, name);
    },
  };
}

/**
 * An exception out of `__post_init__`: CPython's traceback shows the generated `__init__` as
 * `File "<string>", line N, in __init__` (N: the line of its `self.__post_init__()` call, after
 * one line per field it sets) where the JS stack has the classes' implicit constructors.
 */
function markInitFrame(e: unknown, cls: Function, spec: Spec): void {
  const key = Symbol.for("asyncio-ts.init-frame");
  if (e === null || typeof e !== "object" || Object.hasOwn(e, key)) return;
  const classes: string[] = [];
  for (
    let c: unknown = cls;
    typeof c === "function" && c !== Dataclass;
    c = Object.getPrototypeOf(c)
  ) {
    classes.push((c as Function).name);
  }
  const sets = spec.fields.filter((f) => f.init || f.default_factory !== MISSING).length;
  Object.defineProperty(e, key, { value: { classes, line: 3 + sets }, configurable: true });
}

/** The base of every class decorated with `@dataclass`: its constructor is the generated
 * `__init__` (then `__post_init__`). A frozen class's instances are proxies that refuse writes. */
export class Dataclass {
  constructor(...args: unknown[]) {
    const cls = new.target;
    const spec = specOf(cls);
    if (!spec) throw new TypeError(`asyncio-ts: ${cls.name} was not processed by dataclass()`);
    try {
      initFields(this as unknown as Record<string, unknown>, cls, spec, args);
    } catch (e) {
      throw atCall(e, cls);
    }
    const self = spec.frozen ? new Proxy(this, frozenHandler(cls, spec)) : this;
    const post = (self as { __post_init__?: unknown }).__post_init__;
    if (typeof post === "function") {
      try {
        post.call(self);
      } catch (e) {
        markInitFrame(e, cls, spec);
        throw e;
      }
    }
    // biome-ignore lint/correctness/noConstructorReturn: a frozen instance is a proxy.
    return self;
  }
}
pyClass(Dataclass, "builtins", "object");

function values(x: object, which: "repr" | "compare"): unknown[] {
  const spec = specOf(x.constructor)!;
  return spec.fields.filter((f) => f[which]).map((f) => (x as Record<string, unknown>)[f.name]);
}

function defineMethod(cls: Function, name: string, fn: Function): void {
  Object.defineProperty(cls.prototype, name, {
    value: fn,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

const jsFunctionProps = new Set(["name", "length", "prototype", "caller", "arguments"]);

const reprActive = new Set<object>();

const ORDER: [string, (a: unknown, b: unknown) => boolean][] = [
  ["__lt__", lt],
  ["__le__", le],
  ["__gt__", gt],
  ["__ge__", ge],
];

/**
 * `@dataclass` / `@dataclass(order=True, frozen=True, eq=, repr=)`: `fields` maps each annotated
 * name (in source order) to its default, a `field(...)`, or `MISSING`.
 */
export function dataclass(
  cls: Function,
  fields: Record<string, unknown> = {},
  options: {
    eq?: boolean;
    order?: boolean;
    frozen?: boolean;
    repr?: boolean;
    kw_only?: boolean;
  } = {},
): Function {
  const {
    eq: wantEq = true,
    order = false,
    frozen = false,
    repr: wantRepr = true,
    kw_only: kwOnly = false,
  } = options;
  const parent = specOf(Object.getPrototypeOf(cls));
  if (parent && parent.frozen !== frozen) {
    throw new TypeError(
      frozen
        ? "cannot inherit frozen dataclass from a non-frozen one"
        : "cannot inherit non-frozen dataclass from a frozen one",
    );
  }
  const all: Field[] = parent ? [...parent.fields] : [];
  let afterMarker = false;
  for (const [name, value] of Object.entries(fields)) {
    if (value === KW_ONLY) {
      afterMarker = true;
      continue;
    }
    const f = value instanceof Field ? value : Object.assign(new Field(), { default: value });
    f.name = name;
    f.kw_only = f.kw_only === MISSING ? afterMarker || kwOnly : truthy(f.kw_only);
    const d = f.default;
    if (d !== MISSING && d !== null && typeof d === "object") {
      const h = (d as { __hash__?: unknown }).__hash__;
      if (Array.isArray(d) && !(d instanceof PyTuple)) throw mutable(d, name);
      if (d instanceof Map || (d instanceof Set && !Object.isFrozen(d)) || h === null) {
        throw mutable(d, name);
      }
    }
    const at = all.findIndex((g) => g.name === name);
    if (at >= 0) all[at] = f;
    else all.push(f);
    // The class attribute is the default (deleted when there is none, as for default_factory).
    // (Not for the names JS functions have themselves: `Job.name` stays the class's name.)
    if (jsFunctionProps.has(name)) continue;
    if (d !== MISSING) {
      Object.defineProperty(cls, name, { value: d, writable: true, configurable: true });
    } else if (Object.hasOwn(cls, name)) delete (cls as unknown as Record<string, unknown>)[name];
  }
  let seenDefault = false;
  for (const f of all) {
    if (!f.init || f.kw_only === true) continue;
    if (hasDefault(f)) seenDefault = true;
    else if (seenDefault) {
      throw new TypeError(`non-default argument '${f.name}' follows default argument`);
    }
  }
  specs.set(cls, { fields: all, frozen, cls });
  // A class defined in a function is `main.<locals>.Job` (its repr shows it), found from where
  // the class was made, as for coroutines.
  const definition = new Error().stack;
  if (!Object.hasOwn(cls, "__qualname__")) {
    Object.defineProperty(cls, "__qualname__", {
      get: () => qualnameOf(cls, definition),
      set(value: unknown) {
        Object.defineProperty(cls, "__qualname__", { value, writable: true, configurable: true });
      },
      configurable: true,
    });
  }
  const proto = cls.prototype as Record<string, unknown>;
  const own = (name: string) => Object.hasOwn(proto, name);
  if (wantRepr && !own("__repr__")) {
    defineMethod(cls, "__repr__", function __repr__(this: object) {
      if (reprActive.has(this)) return "...";
      reprActive.add(this);
      try {
        const spec = specOf(this.constructor)!;
        const parts = spec.fields
          .filter((f) => f.repr)
          .map((f) => `${f.name}=${repr((this as Record<string, unknown>)[f.name])}`);
        const name = (this.constructor as { __qualname__?: string }).__qualname__;
        return `${name}(${parts.join(", ")})`;
      } finally {
        reprActive.delete(this);
      }
    });
  }
  if (wantEq && !own("__eq__")) {
    defineMethod(cls, "__eq__", function __eq__(this: object, other: unknown) {
      if (other === null || typeof other !== "object" || other.constructor !== this.constructor) {
        return NotImplemented;
      }
      return eq(makeTuple(values(this, "compare")), makeTuple(values(other, "compare")));
    });
  }
  if (order) {
    if (!wantEq) throw new ValueError("eq must be true if order is true");
    for (const [name, op] of ORDER) {
      if (own(name)) {
        throw new TypeError(
          `Cannot overwrite attribute ${name} in class ${(cls as { __name__?: string }).__name__}. Consider using functools.total_ordering`,
        );
      }
      defineMethod(cls, name, function (this: object, other: unknown) {
        if (other === null || typeof other !== "object" || other.constructor !== this.constructor) {
          return NotImplemented;
        }
        return op(makeTuple(values(this, "compare")), makeTuple(values(other, "compare")));
      });
    }
  }
  if (!own("__hash__") && wantEq) {
    if (frozen) {
      defineMethod(cls, "__hash__", function __hash__(this: object) {
        return hash(makeTuple(values(this, "compare")));
      });
    } else {
      Object.defineProperty(proto, "__hash__", {
        value: null,
        writable: true,
        configurable: true,
        enumerable: false,
      });
    }
  }
  return cls;
}
pyClass(dataclass, "dataclasses", "dataclass");

function mutable(d: unknown, name: string): ValueError {
  return new ValueError(
    `mutable default ${classRepr(typeOf(d))} for field ${name} is not allowed: use default_factory`,
  );
}

/** `dataclasses.is_dataclass(x)`: a dataclass or an instance of one. */
export function is_dataclass(x: unknown): boolean {
  if (typeof x === "function") return specOf(x) !== undefined;
  return x !== null && typeof x === "object" && specOf(x.constructor) !== undefined;
}
pyClass(is_dataclass, "dataclasses", "is_dataclass");

function instanceSpec(x: unknown, what: string): Spec {
  const spec = x !== null && typeof x === "object" ? specOf(x.constructor) : undefined;
  if (!spec) throw new TypeError(`${what}() should be called on dataclass instances`);
  return spec;
}

/** `dataclasses.fields(x)`: a tuple of `Field`s of a dataclass or an instance of one. */
export function fields(x: unknown): PyTuple<Field> {
  const spec = typeof x === "function" ? specOf(x) : instanceSpec(x, "fields");
  if (!spec) throw new TypeError("must be called with a dataclass type or instance");
  return makeTuple(spec.fields);
}
pyClass(fields, "dataclasses", "fields");

function convert(x: unknown, asTuple: boolean): unknown {
  if (x !== null && typeof x === "object" && specOf(x.constructor)) {
    const spec = specOf(x.constructor)!;
    const pairs = spec.fields.map(
      (f) => [f.name, convert((x as Record<string, unknown>)[f.name], asTuple)] as const,
    );
    return asTuple ? makeTuple(pairs.map((p) => p[1])) : new PyDict(pairs);
  }
  if (x instanceof PyTuple) {
    const items = x.map((v) => convert(v, asTuple));
    const make = (x.constructor as { _make?: (xs: unknown[]) => unknown })._make;
    return typeof make === "function" ? make.call(x.constructor, items) : makeTuple(items);
  }
  if (Array.isArray(x)) return x.map((v) => convert(v, asTuple));
  if (x instanceof PyDict) {
    const out = new PyDict();
    for (const [k, v] of x.items()) out.set(convert(k, asTuple), convert(v, asTuple));
    return out;
  }
  return x;
}

/** `dataclasses.asdict(obj)`: fields into a dict, recursing into dataclasses and containers. */
export function asdict(obj: unknown): PyDict {
  instanceSpec(obj, "asdict");
  return convert(obj, false) as PyDict;
}
pyClass(asdict, "dataclasses", "asdict");

/** `dataclasses.astuple(obj)`. */
export function astuple(obj: unknown): PyTuple {
  instanceSpec(obj, "astuple");
  return convert(obj, true) as PyTuple;
}
pyClass(astuple, "dataclasses", "astuple");

/** `dataclasses.replace(obj, **changes)`: a new instance with some fields changed. */
export function replace(obj: unknown, ...rest: unknown[]): unknown {
  const [positional, changes] = splitKwargs(rest);
  if (positional.length) {
    throw new TypeError(
      `replace() takes 1 positional argument but ${positional.length + 1} were given`,
    );
  }
  const spec = instanceSpec(obj, "replace");
  const kw: Record<string, unknown> = { ...changes };
  for (const f of spec.fields) {
    if (!f.init) {
      if (f.name in changes) {
        throw new ValueError(
          `field ${f.name} is declared with init=False, it cannot be specified with replace()`,
        );
      }
      continue;
    }
    if (!(f.name in kw)) kw[f.name] = (obj as Record<string, unknown>)[f.name];
  }
  const cls = (obj as object).constructor as new (...args: unknown[]) => unknown;
  return isKwargs(kw) ? new cls(kw) : new cls();
}
pyClass(replace, "dataclasses", "replace");
