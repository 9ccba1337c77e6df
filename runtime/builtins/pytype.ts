// Python's `type` side of values: builtin type objects (int, str, …), `type(x)`, `isinstance`,
// `issubclass`, and the `__name__`/`__module__` every class answers. Mirrors Objects/typeobject.c.

import { boundMethodOf } from "./bound.js";
import { isBuiltinFunction } from "./classinfo.js";
import { TypeError } from "./exceptions.js";
import { PyFloat } from "./float.js";

/** A callable that is also a Python type: it has a `__name__` and may decide its instances. */
export interface PyTypeObject {
  (...args: any[]): any;
  __name__: string;
  __module__: string;
  __qualname__: string;
  /** Decides `isinstance(x, T)` for builtin types whose instances are JS primitives. */
  __instancecheck__?: (x: unknown) => boolean;
  /** Builtin base types, for `issubclass` (bool → int). */
  __bases__?: unknown[];
}

const builtinTypes = new Map<string, PyTypeObject>();
const typeAliases = new Map<Function, string>();
const tagTypes: Record<string, string> = {
  Generator: "generator",
  AsyncGenerator: "async_generator",
};

/** Makes `type(x)` of instances of the JS class `cls` answer the builtin type `name` (PyDict → dict). */
export function aliasType(cls: Function, name: string): void {
  typeAliases.set(cls, name);
}

/**
 * Turns a function into a builtin Python type object named `name`: `repr` shows
 * `<class 'name'>` and `isinstance(x, T)` asks `check`.
 */
export function defineBuiltinType<F extends (...args: any[]) => any>(
  fn: F,
  name: string,
  check: (x: unknown) => boolean,
  bases: unknown[] = [],
): F & PyTypeObject {
  for (const [key, value] of [
    ["__name__", name],
    ["__qualname__", name],
    ["__module__", "builtins"],
    ["__instancecheck__", check],
    ["__bases__", bases],
  ] as const) {
    Object.defineProperty(fn, key, { value, writable: true, configurable: true });
  }
  builtinTypes.set(name, fn as unknown as PyTypeObject);
  return fn as F & PyTypeObject;
}

/** The registered builtin type object of that name (`int`, `NoneType`, …). */
export function builtinType(name: string): PyTypeObject {
  const t = builtinTypes.get(name);
  if (t === undefined) throw new Error(`asyncio-ts: builtin type ${name} is not defined`);
  return t;
}

/** True when `f` is a JS class (not a plain function). */
export function isClass(f: unknown): boolean {
  return (
    typeof f === "function" &&
    (Object.hasOwn(f, "__instancecheck__") ||
      /^class[\s{]/.test(Function.prototype.toString.call(f)))
  );
}

/** Python's `type(x)` for one argument: the type object of a value. */
export function typeOf(x: unknown): any {
  if (x === null || x === undefined) return builtinType("NoneType");
  switch (typeof x) {
    case "boolean":
      return builtinType("bool");
    case "number":
      return builtinType(Number.isInteger(x) ? "int" : "float");
    case "bigint":
      return builtinType("int");
    case "string":
      return builtinType("str");
    case "function": {
      const own = (x as { __pytype__?: unknown }).__pytype__;
      if (own !== undefined) return own;
      if (isClass(x)) return builtinType("type");
      if (boundMethodOf(x) !== undefined) return builtinType("method");
      return builtinType(isBuiltinFunction(x) ? "builtin_function_or_method" : "function");
    }
  }
  if (x instanceof PyFloat) return builtinType("float");
  if (Array.isArray(x) && Object.getPrototypeOf(x) === Array.prototype) return builtinType("list");
  const kind = (x as { __typename__?: unknown }).__typename__;
  if (typeof kind === "string" && builtinTypes.has(kind)) return builtinType(kind);
  const ctor = (x as object).constructor;
  if (typeof ctor !== "function") {
    const tag = (x as { [Symbol.toStringTag]?: string })[Symbol.toStringTag];
    const name = tag === undefined ? undefined : tagTypes[tag];
    return name !== undefined && builtinTypes.has(name) ? builtinType(name) : builtinType("object");
  }
  const alias = typeAliases.get(ctor);
  return alias === undefined ? ctor : builtinType(alias);
}

/** The type name in messages: CPython's tp_name (`__tpname__` when set), else `type(x).__name__`. */
export function typeName(x: unknown): string {
  const t = typeOf(x);
  // CPython's messages show tp_name, which for some extension types is dotted
  // ('itertools.chain' object is not subscriptable) while `__name__` is not.
  return String(t.__tpname__ ?? t.__name__);
}

/** `repr` of a class: `<class 'int'>`, `<class '__main__.Foo'>`. */
export function classRepr(cls: Function): string {
  const t = cls as unknown as PyTypeObject;
  const mod = t.__module__;
  const name = t.__qualname__ ?? t.__name__;
  return mod === "builtins" || mod === undefined ? `<class '${name}'>` : `<class '${mod}.${name}'>`;
}

function isSubclassOf(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "function" || typeof b !== "function") return false;
  if ((a as PyTypeObject).__bases__?.some((base) => isSubclassOf(base, b))) return true;
  if (b === builtinTypes.get("object")) return true;
  return a.prototype instanceof b;
}

/** Python's `isinstance(x, cls)`; `cls` may be a tuple (array) of types. */
export function isinstance(x: unknown, cls: unknown): boolean {
  if (Array.isArray(cls)) return cls.some((c) => isinstance(x, c));
  if (typeof cls !== "function") {
    throw new TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  }
  const check = Object.hasOwn(cls, "__instancecheck__")
    ? (cls as PyTypeObject).__instancecheck__
    : undefined;
  if (check !== undefined) return check(x);
  if (x !== null && (typeof x === "object" || typeof x === "function")) {
    return x instanceof cls || isSubclassOf(typeOf(x), cls);
  }
  return isSubclassOf(typeOf(x), cls);
}

/** Python's `issubclass(a, cls)`; `cls` may be a tuple (array) of types. */
export function issubclass(a: unknown, cls: unknown): boolean {
  if (Array.isArray(cls)) return cls.some((c) => issubclass(a, c));
  if (typeof a !== "function") {
    throw new TypeError("issubclass() arg 1 must be a class");
  }
  return isSubclassOf(a, cls);
}

// `x.__class__` on every value is Python's `type(x)` (non-enumerable, so JS code never sees it).
if (!Object.hasOwn(Object.prototype, "__class__")) {
  Object.defineProperty(Object.prototype, "__class__", {
    get(this: unknown) {
      return typeOf(this);
    },
    configurable: true,
    enumerable: false,
  });
}
