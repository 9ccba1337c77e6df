// `py.method(obj, name, ...args)`: a Python method call whose name JS already uses with other
// semantics (`split`, `replace`, `pop`, `sort`, `reverse`, a generator's `throw`), dispatched on the receiver's Python type.

import { AttributeError } from "./exceptions.js";
import { generatorMethods, isGenerator } from "./generator.js";
import { listMethods } from "./list-methods.js";
import { typeName } from "./pytype.js";
import { strMethods } from "./str-methods.js";
import { PyTuple } from "./tuple.js";

const tupleMethods = new Set(["index", "count"]);

/** Calls Python's method `name` on `obj`: str and list methods by type, others as `obj[name]`. */
export function method(obj: unknown, name: string, ...args: unknown[]): any {
  if (typeof obj === "string") {
    const f = (strMethods as Record<string, (s: string, ...a: unknown[]) => unknown>)[name];
    if (f !== undefined) return f(obj, ...args);
  } else if (Array.isArray(obj) && (!(obj instanceof PyTuple) || tupleMethods.has(name))) {
    const f = (listMethods as Record<string, (xs: unknown[], ...a: unknown[]) => unknown>)[name];
    if (f !== undefined) return f(obj, ...args);
  } else if (isGenerator(obj) && Object.hasOwn(generatorMethods, name)) {
    const f = (generatorMethods as Record<string, (g: Generator, ...a: unknown[]) => unknown>)[
      name
    ]!;
    return f(obj, ...args);
  } else if (obj !== null && obj !== undefined) {
    const f = (obj as Record<string, unknown>)[name];
    if (typeof f === "function") return f.apply(obj, args);
  }
  throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

/** Method names for which the transpiler must emit `py.method` (JS has them with other meanings). */
export const CLASHING_METHODS: ReadonlySet<string> = new Set([
  "split",
  "replace",
  "pop",
  "sort",
  "reverse",
  "throw",
]);
