// The builtin types as callables that are also type objects: `int("5")`, `isinstance(x, int)`,
// `type(x) === int`, `repr(int)` → `<class 'int'>`. Mirrors the tp_new of Objects/*object.c.

import { boundMethodOf } from "./bound.js";
import { isBuiltinFunction } from "./classinfo.js";
import { addPairs, PyDict } from "./dict.js";
import { exactInt } from "./exactint.js";
import { OverflowError, TypeError, ValueError } from "./exceptions.js";
import { floatResult, isFloatValue, PyFloat } from "./float.js";
import { iterate } from "./iteration.js";
import { splitKwargs } from "./kwargs.js";
import { aliasType, defineBuiltinType, isClass, typeOf } from "./pytype.js";
import { repr, toStr } from "./repr.js";
import { PySet } from "./set.js";
import { truthy } from "./truthy.js";
import { makeTuple, PyTuple } from "./tuple.js";

/** Replaces Unicode decimal digits (`٣`) by ASCII ones: every Nd block is a run of 0–9. */
function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (c) => {
    let cp = c.codePointAt(0)!;
    if (cp < 0x80) return c;
    let start = cp;
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    cp = (cp - start) % 10;
    return String(cp);
  });
}

function parseIntText(text: string, base: number): number {
  const orig = text;
  text = asciiDigits(text);
  const bad = () => new ValueError(`invalid literal for int() with base ${base}: ${repr(orig)}`);
  let s = text.trim();
  let sign = 1;
  if (s.startsWith("-") || s.startsWith("+")) {
    if (s[0] === "-") sign = -1;
    s = s.slice(1);
  }
  let b = base;
  const prefix = /^0([xob])/i.exec(s);
  if (prefix) {
    const pb = { x: 16, o: 8, b: 2 }[prefix[1]!.toLowerCase() as "x" | "o" | "b"];
    if (b === 0 || b === pb) {
      b = pb;
      s = s.slice(2).replace(/^_/, "");
    }
  }
  if (b === 0) {
    if (/^0+(_?0)*$/.test(s)) return 0;
    if (/^0/.test(s)) throw bad();
    b = 10;
  }
  if (s === "" || /^_|_$|__/.test(s)) throw bad();
  s = s.replace(/_/g, "");
  const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz".slice(0, b);
  let big = 0n;
  for (const ch of s.toLowerCase()) {
    const d = alphabet.indexOf(ch);
    if (d < 0) throw bad();
    big = big * BigInt(b) + BigInt(d);
  }
  return exactInt(sign < 0 ? -big : big);
}

/** Python's `int(x=0, base=10)`. */
export const int = defineBuiltinType(
  function int(x: unknown = 0, base?: unknown): number {
    if (base !== undefined && base !== null) {
      if (typeof x !== "string") {
        throw new TypeError("int() can't convert non-string with explicit base");
      }
      const b = Number(base);
      if (b !== 0 && (b < 2 || b > 36))
        throw new ValueError("int() base must be >= 2 and <= 36, or 0");
      return parseIntText(x, b);
    }
    if (typeof x === "boolean") return x ? 1 : 0;
    if (typeof x === "number" || x instanceof PyFloat) {
      const n = Number(x);
      if (Number.isNaN(n)) throw new ValueError("cannot convert float NaN to integer");
      if (!Number.isFinite(n)) throw new OverflowError("cannot convert float infinity to integer");
      return Math.trunc(n) + 0;
    }
    if (typeof x === "bigint") return exactInt(x);
    if (typeof x === "string") return parseIntText(x, 10);
    const o = x as { __int__?: () => number; __index__?: () => number; __trunc__?: () => number };
    if (o !== null && typeof o === "object") {
      if (typeof o.__int__ === "function") return o.__int__();
      if (typeof o.__index__ === "function") return o.__index__();
      if (typeof o.__trunc__ === "function") return o.__trunc__();
    }
    throw new TypeError(
      `int() argument must be a string, a bytes-like object or a real number, not '${typeOf(x).__name__}'`,
    );
  },
  "int",
  (x) =>
    typeof x === "boolean" ||
    typeof x === "bigint" ||
    (typeof x === "number" && Number.isInteger(x)),
);

/**
 * Python's `float(x=0.0)`: a JS number, or a PyFloat box when integral (so `float(5)` prints `5.0`
 * and stays a float through arithmetic helpers); typed `number`, as the box acts as one in JS math.
 */
export const float = defineBuiltinType(
  function float(x: unknown = 0): number {
    return floatResult(toFloat(x)) as unknown as number;
  },
  "float",
  isFloatValue,
);

/** The number `float(x)` stands for. */
function toFloat(x: unknown): number {
  if (typeof x === "number" || x instanceof PyFloat || typeof x === "boolean") return Number(x);
  if (typeof x === "bigint") return Number(x);
  if (typeof x === "string") {
    const s = asciiDigits(x).trim();
    const m = /^([-+]?)(inf|infinity|nan)$/i.exec(s);
    if (m) return m[2]!.toLowerCase() === "nan" ? NaN : m[1] === "-" ? -Infinity : Infinity;
    if (
      /^[-+]?((\d(_?\d)*)?\.?(\d(_?\d)*)?)([eE][-+]?\d(_?\d)*)?$/.test(s) &&
      /\d/.test(s.split(/[eE]/)[0]!)
    ) {
      return Number(s.replace(/_/g, ""));
    }
    throw new ValueError(`could not convert string to float: ${repr(x)}`);
  }
  const o = x as { __float__?: () => number; __index__?: () => number };
  if (o !== null && typeof o === "object") {
    if (typeof o.__float__ === "function") return o.__float__();
    if (typeof o.__index__ === "function") return o.__index__();
  }
  throw new TypeError(
    `float() argument must be a string or a real number, not '${typeOf(x).__name__}'`,
  );
}

/** Python's `bool(x=False)`. */
export const bool = defineBuiltinType(
  function bool(x: unknown = false): boolean {
    return truthy(x);
  },
  "bool",
  (x) => typeof x === "boolean",
  [int],
);

/** Python's `str(x='')`; the str methods hang off it as functions (`str.split(s, ",")`). */
export const str = defineBuiltinType(
  function str(x: unknown = ""): string {
    return toStr(x);
  },
  "str",
  (x) => typeof x === "string",
);

/** Python's `list(iterable=())`: a JS array. */
export const list = defineBuiltinType(
  function list(xs: unknown = []): any[] {
    return Array.from(iterate(xs));
  },
  "list",
  (x) => Array.isArray(x) && !(x instanceof PyTuple),
);

/** Python's `tuple(iterable=())`. */
export const tuple = defineBuiltinType(
  function tuple(xs: unknown = []): PyTuple<any> {
    // The same object only for an exact tuple (a namedtuple gives a plain tuple).
    return xs instanceof PyTuple && xs.constructor === PyTuple ? xs : makeTuple(iterate(xs));
  },
  "tuple",
  (x) => x instanceof PyTuple,
);

/** Python's `dict(mapping_or_pairs={}, **kw)`. */
export const dict = defineBuiltinType(
  function dict(...args: unknown[]): PyDict<any, any> {
    const [pos, kw] = splitKwargs(args);
    if (pos.length > 1) throw new TypeError(`dict expected at most 1 argument, got ${pos.length}`);
    const d = new PyDict();
    addPairs(d, pos[0]);
    addPairs(d, kw);
    return d;
  },
  "dict",
  (x) => x instanceof Map,
);

/** Python's `set(iterable=())`. */
export const set = defineBuiltinType(
  function set(xs: unknown = []): PySet<any> {
    return new PySet(iterate(xs));
  },
  "set",
  (x) => x instanceof Set,
);

/** Python's `object`: `object()` makes a featureless instance; everything is an instance of it. */
export const object = defineBuiltinType(
  function object(): object {
    return new PyObject();
  },
  "object",
  () => true,
) as ReturnType<typeof defineBuiltinType<() => object>> & {
  __setattr__(o: unknown, name: string, value: unknown): null;
  __delattr__(o: unknown, name: string): null;
};

/** What `object.__setattr__` writes to: the target of a proxy that refuses writes (a frozen
 * dataclass instance answers `Symbol.for("asyncio-ts.target")`), else the object itself. */
function rawTarget(o: unknown): Record<string, unknown> {
  const t = (o as Record<symbol, unknown> | null)?.[Symbol.for("asyncio-ts.target")];
  return (t ?? o) as Record<string, unknown>;
}

// `object.__setattr__(self, name, value)` / `object.__delattr__(self, name)`: the plain write,
// as a frozen dataclass's `__post_init__` uses it.
Object.assign(object, {
  __setattr__(o: unknown, name: string, value: unknown): null {
    rawTarget(o)[name] = value;
    return null;
  },
  __delattr__(o: unknown, name: string): null {
    delete rawTarget(o)[name];
    return null;
  },
});

/** Instances of `object()`. */
export class PyObject {}

/** Python's `type(x)`: the type object of one value. */
export const type = defineBuiltinType(
  function type(...args: unknown[]): any {
    if (args.length !== 1) throw new TypeError("type() takes 1 or 3 arguments");
    return typeOf(args[0]);
  },
  "type",
  isClass,
);

/** `type(None)`. */
export const NoneType = defineBuiltinType(
  function NoneType(): null {
    return null;
  },
  "NoneType",
  (x) => x === null || x === undefined,
);

/** `type(f)` for plain functions. */
export const function_ = defineBuiltinType(
  function func(): never {
    throw new TypeError("cannot create 'function' instances");
  },
  "function",
  (x) => typeof x === "function" && !isClass(x),
);

aliasType(PyDict, "dict");
aliasType(PySet, "set");
aliasType(PyTuple, "tuple");
aliasType(PyObject, "object");

/** `type(g)` for JS generator objects (Python generators). */
export const generator = defineBuiltinType(
  function generator(): never {
    throw new TypeError("cannot create 'generator' instances");
  },
  "generator",
  (x) => (x as { [Symbol.toStringTag]?: string } | null)?.[Symbol.toStringTag] === "Generator",
);

/** `type(ag)` for native JS async generator objects. */
export const async_generator = defineBuiltinType(
  function async_generator(): never {
    throw new TypeError("cannot create 'async_generator' instances");
  },
  "async_generator",
  (x) => (x as { [Symbol.toStringTag]?: string } | null)?.[Symbol.toStringTag] === "AsyncGenerator",
);

/** `type(obj.method)`. */
export const method = defineBuiltinType(
  function method(): never {
    throw new TypeError("cannot create 'method' instances");
  },
  "method",
  (x) => typeof x === "function" && boundMethodOf(x) !== undefined,
);

/** `type(len)`. */
export const builtin_function_or_method = defineBuiltinType(
  function builtin_function_or_method(): never {
    throw new TypeError("cannot create 'builtin_function_or_method' instances");
  },
  "builtin_function_or_method",
  (x) => typeof x === "function" && isBuiltinFunction(x),
);
