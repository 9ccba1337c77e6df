// Python's built-in exception hierarchy as JS classes. Mirrors Objects/exceptions.c (names, args, str/repr).

import { setOwnFrames } from "./await-sites.js";
import { pyClass } from "./classinfo.js";
import { repr, toStr } from "./repr.js";
import { PyTuple } from "./tuple.js";

/** Python's BaseException: `args` holds the constructor arguments; `str()` shows them as CPython does. */
export class BaseException extends Error {
  args: unknown[];
  /** `raise X from Y` */
  __cause__: BaseException | null = null;
  /** The exception being handled when this one was raised. */
  __context__: BaseException | null = null;
  __suppress_context__ = false;
  __notes__?: string[];

  constructor(...args: unknown[]) {
    super(args.length === 1 ? String(args[0]) : args.length === 0 ? "" : String(args));
    this.args = PyTuple.of(...args);
  }

  /** The Python class name (`type(e).__name__`). */
  override get name(): string {
    return (
      (this.constructor as { __name__?: string; name: string }).__name__ ?? this.constructor.name
    );
  }

  /** Python's `str(e)`: '' without arguments, `str(arg)` for one, the args tuple's repr for more. */
  __str__(): string {
    if (this.args.length === 0) return "";
    if (this.args.length === 1) return toStr(this.args[0]);
    return `(${this.args.map((a) => repr(a)).join(", ")})`;
  }

  /** Python's `repr(e)`: `ValueError('x')`. */
  __repr__(): string {
    return `${this.name}(${this.args.map((a) => repr(a)).join(", ")})`;
  }

  /** Python's `e.add_note(note)` (3.11): notes print after the message in tracebacks. */
  add_note(note: string): null {
    if (typeof note !== "string") {
      throw new TypeError(`note must be a str, not '${typeof note}'`);
    }
    (this.__notes__ ??= []).push(note);
    return null;
  }

  /** Python's `e.with_traceback(tb)`: tracebacks are not objects here, so it returns `e`. */
  with_traceback(_tb: unknown): this {
    return this;
  }
}

/** Python's Exception. An ExceptionGroup is one too (Python's second base class). */
export class Exception extends BaseException {
  static [Symbol.hasInstance](x: unknown): boolean {
    // `this` is the class on the right of `instanceof` (maybe a subclass), not always Exception.
    // biome-ignore lint/complexity/noThisInStatic: the receiver matters here.
    if (Function.prototype[Symbol.hasInstance].call(this, x)) return true;
    // biome-ignore lint/complexity/noThisInStatic: the receiver matters here.
    return this === Exception && x instanceof ExceptionGroup;
  }
}
/** Python's ArithmeticError. */
export class ArithmeticError extends Exception {}
/** Python's ZeroDivisionError. */
export class ZeroDivisionError extends ArithmeticError {}
/** Python's OverflowError. */
export class OverflowError extends ArithmeticError {}
/** Python's LookupError. */
export class LookupError extends Exception {}
/** Python's IndexError. */
export class IndexError extends LookupError {}
/** Python's KeyError: `str(KeyError('x'))` is `'x'` (the key's repr). */
export class KeyError extends LookupError {
  override __str__(): string {
    return this.args.length === 1 ? repr(this.args[0]) : super.__str__();
  }
}
/** Python's ValueError. */
export class ValueError extends Exception {}
/** Python's TypeError. */
export class TypeError extends Exception {}
/** Python's AttributeError. */
export class AttributeError extends Exception {}
/** Python's NameError. */
export class NameError extends Exception {}
/** Python's UnboundLocalError. */
export class UnboundLocalError extends NameError {}
/** Python's RuntimeError. */
export class RuntimeError extends Exception {}
/** Python's NotImplementedError. */
export class NotImplementedError extends RuntimeError {}
/** Python's RecursionError. */
export class RecursionError extends RuntimeError {}
/** Python's StopIteration; `value` is the generator's return value. */
export class StopIteration extends Exception {
  get value(): unknown {
    return this.args[0] ?? null;
  }
}
/** Python's StopAsyncIteration. */
export class StopAsyncIteration extends Exception {}
/** Python's GeneratorExit. */
export class GeneratorExit extends BaseException {}
/** Python's KeyboardInterrupt. */
export class KeyboardInterrupt extends BaseException {}
/** Python's SystemExit; `code` is what `sys.exit()` was given. */
export class SystemExit extends BaseException {
  get code(): unknown {
    return this.args.length === 0 ? null : this.args.length === 1 ? this.args[0] : this.args;
  }
}
/** Python's OSError. */
export class OSError extends Exception {}
/** Python's ConnectionError. */
export class ConnectionError extends OSError {}
/** Python's ConnectionRefusedError. */
export class ConnectionRefusedError extends ConnectionError {}
/** Python's ConnectionResetError. */
export class ConnectionResetError extends ConnectionError {}
/** Python's TimeoutError (also `asyncio.TimeoutError` since 3.11). */
export class TimeoutError extends OSError {}
/** Python's AssertionError. */
export class AssertionError extends Exception {}
/** Python's EOFError (`input()` at end of input). */
export class EOFError extends Exception {}
/** Python's ImportError. */
export class ImportError extends Exception {}
/** Python's ModuleNotFoundError. */
export class ModuleNotFoundError extends ImportError {}
/** Python's UnicodeError. */
export class UnicodeError extends ValueError {}
/** Python's BufferError. */
export class BufferError extends Exception {}
/** Python's MemoryError. */
export class MemoryError extends Exception {}
/** Python's FloatingPointError. */
export class FloatingPointError extends ArithmeticError {}
/** Python's FileNotFoundError. */
export class FileNotFoundError extends OSError {}
/** Python's PermissionError. */
export class PermissionError extends OSError {}
/** Python's BrokenPipeError. */
export class BrokenPipeError extends ConnectionError {}
/** Python's ConnectionAbortedError. */
export class ConnectionAbortedError extends ConnectionError {}
/** Python's Warning. */
export class Warning extends Exception {}
/** Python's UserWarning. */
export class UserWarning extends Warning {}
/** Python's DeprecationWarning. */
export class DeprecationWarning extends Warning {}
/** Python's RuntimeWarning. */
export class RuntimeWarning extends Warning {}

type Matcher = Function | Function[] | ((e: BaseException) => boolean);

function matches(e: BaseException, cond: Matcher): boolean {
  if (Array.isArray(cond)) return cond.some((c) => e instanceof c);
  if (
    typeof cond === "function" &&
    (cond === BaseException || cond.prototype instanceof BaseException)
  ) {
    return e instanceof cond;
  }
  return Boolean((cond as (e: BaseException) => unknown)(e));
}

/** The JS file and line that constructed an exception (its stack's first frame not a constructor). */
function creationSite(stack: string | undefined): string | null {
  const frame = stack
    ?.split("\n")
    .slice(1)
    .find((l) => !/^\s*at new /.test(l));
  return frame === undefined ? null : frame.trim().replace(/:\d+\)?$/, "");
}

/** Python's BaseExceptionGroup(message, exceptions) (3.11). */
export class BaseExceptionGroup extends BaseException {
  /** The nested exceptions, in order. */
  readonly exceptions: BaseException[];

  constructor(message: string, exceptions: BaseException[]) {
    // args keep the sequence as given: its repr shows a list or a tuple, as CPython's does.
    super(message, exceptions instanceof PyTuple ? exceptions : [...exceptions]);
    if (typeof message !== "string") {
      throw new TypeError(`argument 1 must be str, not ${typeof message}`);
    }
    if (!Array.isArray(exceptions) || exceptions.length === 0) {
      throw new ValueError("second argument (exceptions) must be a non-empty sequence");
    }
    this.message = message;
    this.exceptions = PyTuple.of(...exceptions);
    // `ExceptionGroup("g", [ValueError(1)])`: exceptions made on the group's own line were never
    // raised, so CPython prints them without a traceback.
    const site = creationSite(this.stack);
    for (const e of exceptions) {
      if (site !== null && creationSite((e as Error).stack) === site) setOwnFrames(e, false);
    }
    if (this instanceof ExceptionGroup && !exceptions.every((e) => e instanceof Exception)) {
      throw new TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
    }
  }

  /** `str(eg)`: the message and the count, `msg (2 sub-exceptions)`. */
  override __str__(): string {
    const n = this.exceptions.length;
    return `${this.message} (${n} sub-exception${n === 1 ? "" : "s"})`;
  }

  /** `repr(eg)`: `ExceptionGroup('msg', [ValueError('a')])`. */
  override __repr__(): string {
    return `${this.name}(${repr(this.message)}, ${repr(this.args[1])})`;
  }

  /** A group of the same kind with other exceptions (Python's `derive`). */
  derive(exceptions: BaseException[]): BaseExceptionGroup {
    return exceptions.every((e) => e instanceof Exception)
      ? new ExceptionGroup(this.message, exceptions)
      : new BaseExceptionGroup(this.message, exceptions);
  }

  /** The sub-group of exceptions matching `cond` (a class, classes, or predicate), or None. */
  subgroup(cond: Matcher): BaseExceptionGroup | null {
    return this.split(cond)[0];
  }

  /** `[matching, rest]` sub-groups (each may be None), keeping the nesting. */
  split(cond: Matcher): [BaseExceptionGroup | null, BaseExceptionGroup | null] {
    if (matches(this, cond)) return [this, null];
    const yes: BaseException[] = [];
    const no: BaseException[] = [];
    for (const e of this.exceptions) {
      if (e instanceof BaseExceptionGroup) {
        const [a, b] = e.split(cond);
        if (a) yes.push(a);
        if (b) no.push(b);
      } else if (matches(e, cond)) {
        yes.push(e);
      } else {
        no.push(e);
      }
    }
    const wrap = (xs: BaseException[]) => {
      if (xs.length === 0) return null;
      const g = this.derive(xs);
      g.__cause__ = this.__cause__;
      g.__context__ = this.__context__;
      // The traceback goes along, as CPython's split copies __traceback__.
      g.stack = this.stack;
      for (const key of Object.getOwnPropertySymbols(this)) {
        (g as unknown as Record<symbol, unknown>)[key] = (
          this as unknown as Record<symbol, unknown>
        )[key];
      }
      if (this.__notes__) g.__notes__ = [...this.__notes__];
      return g;
    };
    return [wrap(yes), wrap(no)];
  }
}
/** Python's ExceptionGroup: a BaseExceptionGroup of Exceptions, and an Exception itself. */
export class ExceptionGroup extends BaseExceptionGroup {
  /** Both Python bases, for `issubclass(ExceptionGroup, Exception)`. */
  static __bases__: Function[] = [BaseExceptionGroup, Exception];
}

const builtinExceptions = {
  BaseException,
  Exception,
  ArithmeticError,
  ZeroDivisionError,
  OverflowError,
  LookupError,
  IndexError,
  KeyError,
  ValueError,
  TypeError,
  AttributeError,
  NameError,
  UnboundLocalError,
  RuntimeError,
  NotImplementedError,
  RecursionError,
  StopIteration,
  StopAsyncIteration,
  GeneratorExit,
  KeyboardInterrupt,
  SystemExit,
  OSError,
  ConnectionError,
  ConnectionRefusedError,
  ConnectionResetError,
  TimeoutError,
  AssertionError,
  EOFError,
  ImportError,
  ModuleNotFoundError,
  UnicodeError,
  BufferError,
  MemoryError,
  FloatingPointError,
  FileNotFoundError,
  PermissionError,
  BrokenPipeError,
  ConnectionAbortedError,
  Warning,
  UserWarning,
  DeprecationWarning,
  RuntimeWarning,
  BaseExceptionGroup,
  ExceptionGroup,
};
// Names come from the keys, not from `cls.name`, which a bundler may rename (TypeError → TypeError2).
for (const [name, cls] of Object.entries(builtinExceptions)) pyClass(cls, "builtins", name);
