// Python's `repr()` and `str()` of every runtime value: numbers, strings, containers (with `[...]`
// for recursion), classes, functions, exceptions and objects with `__repr__`/`__str__`.
// Mirrors the tp_repr/tp_str slots of Objects/*.c.

import { boundMethodOf } from "./bound.js";
import { isBuiltinFunction, markBuiltin, pyClass } from "./classinfo.js";
import { mapEntries } from "./dict.js";
import { floatRepr, PyFloat } from "./float.js";
import { address } from "./ids.js";
import { classRepr, isClass, typeName } from "./pytype.js";
import { strRepr } from "./strrepr.js";
import { PyTuple } from "./tuple.js";

const active = new Set<object>();

/**
 * Marks a runtime function as the builtin `name`, so it prints as `<built-in function name>`
 * whatever a bundler renamed it to.
 */
export function markBuiltinFunction<F extends Function>(name: string, fn: F): F {
  markBuiltin(fn);
  pyClass(fn, "builtins", name);
  return fn;
}

/** Python's `repr` of an int held in a JS number or bigint: every digit, never an exponent. */
export function intRepr(n: number | bigint): string {
  if (typeof n === "bigint") return n.toString();
  if (Number.isSafeInteger(n)) return String(n);
  return BigInt(n).toString();
}

/** Python's `repr` of a number: int digits if integral, else the float repr. */
export function numberRepr(n: number): string {
  return Number.isInteger(n) ? intRepr(n) : floatRepr(n);
}

function guarded(x: object, open: string, close: string, body: () => string): string {
  if (active.has(x)) return `${open}...${close}`;
  active.add(x);
  try {
    return body();
  } finally {
    active.delete(x);
  }
}

function items(xs: Iterable<unknown>): string {
  return Array.from(xs, (x) => repr(x)).join(", ");
}

function functionRepr(f: Function): string {
  if (isClass(f)) return classRepr(f);
  const method = boundMethodOf(f);
  if (method !== undefined) {
    const cls = (method.self as { constructor?: { __qualname__?: string } }).constructor;
    const owner = isBuiltinFunction(method.fn) ? "" : `${cls?.__qualname__ ?? "object"}.`;
    const name = (method.fn as { __name__?: string }).__name__ ?? method.fn.name;
    const self: unknown = method.self;
    if (isBuiltinFunction(method.fn) && (typeof self === "string" || Array.isArray(self))) {
      return `<built-in method ${name} of ${typeName(self)} object at ${address(self)}>`;
    }
    return `<bound method ${owner}${name} of ${repr(method.self)}>`;
  }
  const name = (f as { __qualname__?: string }).__qualname__ ?? (f.name || "<lambda>");
  if (isBuiltinFunction(f)) return `<built-in function ${name}>`;
  return `<function ${name} at ${address(f)}>`;
}

function objectRepr(x: object): string {
  const cls = (x as { constructor?: Function }).constructor;
  if (x instanceof Error) {
    const args = (x as { args?: unknown[] }).args ?? [x.message];
    return `${x.name}(${args.length === 1 ? repr(args[0]) : items(args)})`;
  }
  if (typeof cls !== "function") return `<${typeName(x)} object at ${address(x)}>`;
  const t = cls as unknown as { __module__?: string; __qualname__?: string };
  const mod = t.__module__ === "builtins" ? "" : `${t.__module__ ?? "__main__"}.`;
  return `<${mod}${t.__qualname__ ?? cls.name} object at ${address(x)}>`;
}

/** Python's `repr(x)`. */
export function repr(x: unknown): string {
  if (x === null || x === undefined) return "None";
  switch (typeof x) {
    case "boolean":
      return x ? "True" : "False";
    case "number":
      return numberRepr(x);
    case "bigint":
      return x.toString();
    case "string":
      return strRepr(x);
    case "function":
      if (typeof (x as { __repr__?: unknown }).__repr__ === "function" && !isClass(x)) {
        return String((x as unknown as { __repr__: () => unknown }).__repr__());
      }
      return functionRepr(x);
    case "symbol":
      // Python's singletons that the runtime keeps as symbols (NotImplemented).
      return x.description === "NotImplemented" ? "NotImplemented" : String(x);
  }
  const o = x as object;
  if (o instanceof PyFloat) return floatRepr(o.value);
  if (typeof (o as { __repr__?: unknown }).__repr__ === "function") {
    return String((o as { __repr__: () => unknown }).__repr__());
  }
  if (o instanceof PyTuple) {
    return guarded(o, "(", ")", () => (o.length === 1 ? `(${repr(o[0])},)` : `(${items(o)})`));
  }
  if (Array.isArray(o)) return guarded(o, "[", "]", () => `[${items(o)}]`);
  if (o instanceof Map) {
    return guarded(o, "{", "}", () => {
      const parts: string[] = [];
      for (const [k, v] of mapEntries(o)) {
        parts.push(`${repr(k)}: ${repr(v)}`);
      }
      return `{${parts.join(", ")}}`;
    });
  }
  if (o instanceof Set) {
    if (o.size === 0) return Object.isFrozen(o) ? "frozenset()" : "set()";
    return guarded(o, "{", "}", () => `{${items(o)}}`);
  }
  return objectRepr(o);
}

/** Python's `str(x)`: the text itself for strings, `__str__` when defined, else `repr(x)`. */
export function toStr(x: unknown): string {
  if (typeof x === "string") return x;
  if (x !== null && typeof x === "object") {
    const s = (x as { __str__?: unknown }).__str__;
    if (typeof s === "function") return String(s.call(x));
    if (x instanceof Error && !("args" in x)) return x.message;
  }
  return repr(x);
}
