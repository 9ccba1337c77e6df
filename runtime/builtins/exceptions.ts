// Python's built-in exception hierarchy as JS classes. Mirrors Objects/exceptions.c (names, args, str/repr).

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
    this.args = args;
  }

  /** The Python class name (`type(e).__name__`). */
  override get name(): string {
    return (this.constructor as { name: string }).name;
  }
}

/** Python's Exception. */
export class Exception extends BaseException {}
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
/** Python's KeyError. */
export class KeyError extends LookupError {}
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
