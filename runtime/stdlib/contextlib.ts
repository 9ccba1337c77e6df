// Python's `contextlib`: asynccontextmanager, contextmanager, suppress.
// Mirrors Lib/contextlib.py (3.11) `_AsyncGeneratorContextManager`, `_GeneratorContextManager`, `suppress`.

import { async_def } from "../asyncio/coroutine.js";
import { mapKeywords } from "../builtins/call.js";
import { pyClass } from "../builtins/classinfo.js";
import { RuntimeError, StopAsyncIteration, StopIteration } from "../builtins/exceptions.js";
import { splitKwargs } from "../builtins/kwargs.js";

interface PyAsyncGen {
  __anext__(): PromiseLike<unknown>;
  athrow(exc: unknown): PromiseLike<unknown>;
}

/** What `@asynccontextmanager` calls return: `async with` drives the generator. */
export class _AsyncGeneratorContextManager {
  constructor(private readonly gen: PyAsyncGen) {}

  /** Runs the generator to its `yield`; the yielded value is bound by `as`. */
  async __aenter__(): Promise<unknown> {
    try {
      return await this.gen.__anext__();
    } catch (e) {
      if (e instanceof StopAsyncIteration) throw new RuntimeError("generator didn't yield");
      throw e;
    }
  }

  /** Resumes the generator, throwing the block's exception in at the `yield`. */
  async __aexit__(typ: unknown, value: unknown, _tb?: unknown): Promise<boolean> {
    if (typ === null || typ === undefined) {
      try {
        await this.gen.__anext__();
      } catch (e) {
        if (e instanceof StopAsyncIteration) return false;
        throw e;
      }
      throw new RuntimeError("generator didn't stop");
    }
    const exc = value ?? new (typ as new () => unknown)();
    try {
      await this.gen.athrow(exc);
    } catch (e) {
      if (e instanceof StopAsyncIteration) return e !== exc;
      if (e === exc) return false;
      if (
        e instanceof RuntimeError &&
        (exc instanceof StopIteration || exc instanceof StopAsyncIteration) &&
        e.__cause__ === exc
      ) {
        return false;
      }
      throw e;
    }
    throw new RuntimeError("generator didn't stop after athrow()");
  }
}
async_def.methods(_AsyncGeneratorContextManager, "__aenter__", "__aexit__");
pyClass(_AsyncGeneratorContextManager, "contextlib");

/** `@asynccontextmanager`: turns an async generator function into an async context manager factory. */
export function asynccontextmanager<A extends unknown[]>(
  func: (...args: A) => PyAsyncGen,
): (...args: A) => _AsyncGeneratorContextManager {
  const helper = function (this: unknown, ...args: A) {
    const [pos, kw] = splitKwargs(args);
    return new _AsyncGeneratorContextManager(func.apply(this, mapKeywords(func, pos, kw) as A));
  };
  Object.defineProperty(helper, "name", { value: func.name });
  return helper;
}

/** What `@contextmanager` calls return: `with` drives the generator. */
export class _GeneratorContextManager {
  constructor(private readonly gen: Generator<unknown, unknown, unknown>) {}

  /** Runs the generator to its `yield`. */
  __enter__(): unknown {
    const r = this.gen.next();
    if (r.done) throw new RuntimeError("generator didn't yield");
    return r.value;
  }

  /** Resumes the generator, throwing the block's exception in at the `yield`. */
  __exit__(typ: unknown, value: unknown, _tb?: unknown): boolean {
    if (typ === null || typ === undefined) {
      if (this.gen.next().done) return false;
      throw new RuntimeError("generator didn't stop");
    }
    const exc = value ?? new (typ as new () => unknown)();
    let r: IteratorResult<unknown>;
    try {
      r = this.gen.throw(exc);
    } catch (e) {
      if (e === exc) return false;
      throw e;
    }
    if (r.done) return true;
    throw new RuntimeError("generator didn't stop after throw()");
  }
}
pyClass(_GeneratorContextManager, "contextlib");

/** `@contextmanager`: turns a generator function into a context manager factory. */
export function contextmanager<A extends unknown[]>(
  func: (...args: A) => Generator<unknown, unknown, unknown>,
): (...args: A) => _GeneratorContextManager {
  const helper = function (this: unknown, ...args: A) {
    const [pos, kw] = splitKwargs(args);
    return new _GeneratorContextManager(func.apply(this, mapKeywords(func, pos, kw) as A));
  };
  Object.defineProperty(helper, "name", { value: func.name });
  return helper;
}

/** The context manager `suppress(...)` returns. */
export class _SuppressContextManager {
  private readonly exceptions: Function[];

  constructor(...exceptions: Function[]) {
    this.exceptions = exceptions;
  }

  /** Nothing to set up. */
  __enter__(): null {
    return null;
  }

  /** True (suppress) when the exception is one of the listed types. */
  __exit__(_typ: unknown, exc: unknown, _tb?: unknown): boolean {
    if (exc === null || exc === undefined) return false;
    return this.exceptions.some((cls) => exc instanceof (cls as new () => unknown));
  }
}
pyClass(_SuppressContextManager, "contextlib", "suppress");

/** `contextlib.suppress(*exceptions)`: swallows the listed exception types (callable with or without `new`). */
export function suppress(...exceptions: Function[]): _SuppressContextManager {
  return new _SuppressContextManager(...exceptions);
}
