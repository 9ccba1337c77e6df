// Turning native JS errors into Python exceptions (`py.exc(e)` at the top of a catch), and Python's
// attribute access with AttributeError (`py.getattr`). Maps V8's messages to CPython's wording.

import { bindMethod } from "./bound.js";
import { markBuiltin } from "./classinfo.js";
import {
  AttributeError,
  BaseException,
  MemoryError,
  NameError,
  RecursionError,
  RuntimeError,
  TypeError,
  UnboundLocalError,
  ValueError,
} from "./exceptions.js";
import { generatorMethods, isGenerator } from "./generator.js";
import { listMethods } from "./list-methods.js";
import { typeName } from "./pytype.js";
import { strMethods } from "./str-methods.js";
import { PyTuple } from "./tuple.js";

function withStack<E extends BaseException>(py: E, js: Error): E {
  Object.defineProperty(py, "stack", { value: js.stack, configurable: true, writable: true });
  (py as { __js_error__?: Error }).__js_error__ = js;
  return py;
}

/** Converts a thrown value to a Python exception: Python exceptions pass through unchanged. */
export function exc(e: unknown): BaseException {
  if (e instanceof BaseException) return e;
  if (!(e instanceof Error)) return new RuntimeError(String(e));
  const msg = e.message;
  let m: RegExpExecArray | null;
  if (e instanceof globalThis.TypeError) {
    if ((m = /^Cannot read properties of (null|undefined) \(reading '(.*)'\)$/.exec(msg))) {
      return withStack(new AttributeError(`'NoneType' object has no attribute '${m[2]}'`), e);
    }
    if ((m = /^Cannot set properties of (null|undefined) \(setting '(.*)'\)$/.exec(msg))) {
      return withStack(new AttributeError(`'NoneType' object has no attribute '${m[2]}'`), e);
    }
    if ((m = /^(.*) is not a function$/.exec(msg))) {
      return withStack(new TypeError(`'${m[1]}' object is not callable`), e);
    }
    if ((m = /^(.*) is not iterable/.exec(msg))) {
      return withStack(new TypeError(`object is not iterable`), e);
    }
    return withStack(new TypeError(msg), e);
  }
  if (e instanceof globalThis.RangeError) {
    if (/call stack/.test(msg)) {
      return withStack(new RecursionError("maximum recursion depth exceeded"), e);
    }
    if (/Invalid (array|string) length/.test(msg)) return withStack(new MemoryError(), e);
    return withStack(new ValueError(msg), e);
  }
  if (e instanceof globalThis.ReferenceError) {
    if ((m = /^Cannot access '(.*)' before initialization$/.exec(msg))) {
      return withStack(
        new UnboundLocalError(
          `cannot access local variable '${m[1]}' where it is not associated with a value`,
        ),
        e,
      );
    }
    if ((m = /^(.*) is not defined$/.exec(msg))) {
      return withStack(new NameError(`name '${m[1]}' is not defined`), e);
    }
  }
  return withStack(new RuntimeError(msg), e);
}

/** A str/list/tuple/generator method of `o` (Python's, not JS's), bound to `o`; undefined for others. */
function builtinMethod(o: unknown, name: string): Function | undefined {
  const table: object | undefined =
    typeof o === "string"
      ? strMethods
      : o instanceof PyTuple
        ? name === "index" || name === "count"
          ? listMethods
          : undefined
        : Array.isArray(o)
          ? listMethods
          : isGenerator(o)
            ? generatorMethods
            : undefined;
  if (table === undefined || !Object.hasOwn(table, name)) return undefined;
  const f = (table as Record<string, Function>)[name]!;
  const call = { [name]: (...args: unknown[]) => f(o, ...args) }[name]!;
  markBuiltin(call);
  return bindMethod(o as object, call);
}

const NO_DEFAULT: unknown = Symbol("no default");

/** Python's `getattr(o, name[, default])` (methods come back bound to `o`). */
export function getattr(o: unknown, name: string, dflt: unknown = NO_DEFAULT): any {
  const builtin = builtinMethod(o, name);
  if (builtin !== undefined) return builtin;
  if (o !== null && o !== undefined) {
    const value = (o as Record<string, unknown>)[name];
    if (value !== undefined || name in Object(o)) {
      if (typeof value === "function" && typeof o === "object" && !Object.hasOwn(o, name)) {
        return bindMethod(o, value);
      }
      return value;
    }
  }
  if (dflt !== NO_DEFAULT) return dflt;
  const t = typeName(o);
  if (t === "type") {
    const cls = (o as unknown as { __name__: string }).__name__;
    throw new AttributeError(`type object '${cls}' has no attribute '${name}'`);
  }
  throw new AttributeError(`'${t}' object has no attribute '${name}'`);
}

/** Python's `hasattr(o, name)`. */
export function hasattr(o: unknown, name: string): boolean {
  if (o === null || o === undefined) return false;
  return name in Object(o);
}

/** Python's `setattr(o, name, value)`. */
export function setattr(o: unknown, name: string, value: unknown): null {
  if (o === null || o === undefined || (typeof o !== "object" && typeof o !== "function")) {
    throw new AttributeError(`'${typeName(o)}' object has no attribute '${name}'`);
  }
  (o as Record<string, unknown>)[name] = value;
  return null;
}
