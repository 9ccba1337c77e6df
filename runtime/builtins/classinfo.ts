// Python's `__name__`, `__qualname__` and `__module__` for every JS class and function. User classes
// live in `__main__`; runtime classes register their Python names with `pyClass`.

const names = new WeakMap<Function, { module: string; name?: string }>();
const builtinFunctions = new WeakSet<Function>();

/** Records that `fn` is a builtin function (`<built-in function len>`). */
export function markBuiltin(fn: Function): void {
  builtinFunctions.add(fn);
}

/** True for functions registered with `markBuiltin`. */
export function isBuiltinFunction(fn: Function): boolean {
  return builtinFunctions.has(fn);
}

/** True for the runtime's own functions and classes (builtins, `pyClass`-registered types). */
export function isRuntimeDefined(fn: Function): boolean {
  return builtinFunctions.has(fn) || names.has(fn);
}

/**
 * Gives a runtime class its Python identity, e.g. `pyClass(Task, "_asyncio")` so that
 * `repr(type(t))` is `<class '_asyncio.Task'>`, or `pyClass(Coroutine, "builtins", "coroutine")`.
 * Not inherited: a user subclass is still `__main__.Sub`.
 */
export function pyClass<F extends Function>(cls: F, module: string, name?: string): F {
  names.set(cls, name === undefined ? { module } : { module, name });
  return cls;
}

function define(key: string, get: (f: Function) => string): void {
  if (Object.hasOwn(Function.prototype, key)) return;
  Object.defineProperty(Function.prototype, key, {
    get(this: Function) {
      return get(this);
    },
    set(this: Function, value: unknown) {
      Object.defineProperty(this, key, { value, writable: true, configurable: true });
    },
    configurable: true,
    enumerable: false,
  });
}

define("__name__", (f) => names.get(f)?.name ?? (f.name || "<lambda>"));
define("__qualname__", (f) => names.get(f)?.name ?? (f.name || "<lambda>"));
define("__module__", (f) => names.get(f)?.module ?? "__main__");
