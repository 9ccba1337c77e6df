// Python async-generator objects over native `async function*`: `async_gen(fn)` and `async_gen.methods`.
// Mirrors CPython's async_generator (Objects/genobject.c): __anext__/asend/athrow/aclose, StopAsyncIteration.
import { pyClass } from "../builtins/classinfo.js";
import { RuntimeError, StopAsyncIteration } from "../builtins/exceptions.js";
import { Coroutine, fakeAddress, soleMethod } from "./coroutine.js";
import { current } from "./current.js";
import { qualnameOf } from "./location.js";
import type { EventLoop } from "./loop.js";

/** The awaitable `__anext__()`/`asend()`/`athrow()`/`aclose()` return: runs only when awaited. */
class AsyncGenAwaitable<T> implements PromiseLike<T> {
  private started = false;

  constructor(private readonly run: () => Promise<T>) {}

  // biome-ignore lint/suspicious/noThenProperty: awaited like CPython's async_generator_asend.
  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    if (this.started) {
      return Promise.reject(
        new RuntimeError("cannot reuse already awaited __anext__()/asend()"),
      ).then(onfulfilled, onrejected);
    }
    this.started = true;
    return this.run().then(onfulfilled, onrejected);
  }
}

type NativeGen<T> = globalThis.AsyncGenerator<T, unknown, unknown>;

/** Python's async generator object. */
export class AsyncGenerator<T = unknown> {
  private started = false;
  private finished = false;
  private loop: EventLoop | null = null;
  private address: string | undefined;

  constructor(
    private readonly gen: NativeGen<T>,
    readonly __name__: string,
    readonly __qualname__: string,
  ) {}

  private async step(op: () => Promise<IteratorResult<T, unknown>>): Promise<T> {
    if (this.finished) throw new StopAsyncIteration();
    if (!this.started) {
      this.started = true;
      this.loop = current.running;
      this.loop?._asyncgens.add(this);
    }
    let r: IteratorResult<T, unknown>;
    try {
      r = await op();
    } catch (e) {
      this.finish();
      throw e;
    }
    if (r.done) {
      this.finish();
      throw new StopAsyncIteration();
    }
    return r.value;
  }

  private finish(): void {
    this.finished = true;
    this.loop?._asyncgens.delete(this);
  }

  /**
   * CPython's finalizer hook for an unfinished generator that is dropped (an `async for` over a
   * temporary left by `break`, `return` or an exception): `aclose()` runs as a new task, which the
   * loop creates on its next iteration (`BaseEventLoop._asyncgen_finalizer_hook`).
   */
  _abandon(): void {
    const loop = this.loop;
    if (this.finished || !this.started || loop === null || loop.is_closed()) return;
    // It stays in `_asyncgens` until its task starts: if the loop stops first, asyncio.run's
    // shutdown still closes it (CPython's runner cancels the pending aclose task, which also runs
    // the generator's `finally`).
    const closing = new Coroutine<null>(
      () => {
        loop._asyncgens.delete(this);
        return Promise.resolve(this.aclose());
      },
      null,
      [],
      "aclose",
      "async_generator.aclose",
    );
    loop.call_soon(() => loop.create_task(closing));
  }

  /** Returns itself. */
  __aiter__(): this {
    return this;
  }

  /** The next value (StopAsyncIteration at the end). */
  __anext__(): PromiseLike<T> {
    return this.asend(null);
  }

  /** Resumes the generator with a value. */
  asend(value: unknown): PromiseLike<T> {
    return new AsyncGenAwaitable(() => this.step(() => this.gen.next(value)));
  }

  /** Raises an exception at the generator's `yield`. */
  athrow(typ: unknown, val?: unknown): PromiseLike<T> {
    const exc =
      typeof typ === "function"
        ? new (typ as new (...a: unknown[]) => unknown)(...(val === undefined ? [] : [val]))
        : typ;
    return new AsyncGenAwaitable(() => this.step(() => this.gen.throw(exc)));
  }

  /** Closes the generator: its `finally` blocks run. */
  aclose(): PromiseLike<null> {
    return new AsyncGenAwaitable(async () => {
      if (this.finished || !this.started) {
        this.finished = true;
        await this.gen.return(undefined);
        return null;
      }
      const r = await this.gen.return(undefined);
      this.finish();
      if (!r.done) throw new RuntimeError("async generator ignored GeneratorExit");
      return null;
    });
  }

  /** JS `for await` over the Python protocol. */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    return {
      next: async () => {
        try {
          return { value: await this.__anext__(), done: false };
        } catch (e) {
          if (e instanceof StopAsyncIteration) return { value: undefined, done: true };
          throw e;
        }
      },
      return: async () => {
        await this.aclose();
        return { value: undefined, done: true };
      },
    };
  }

  /** `<async_generator object NAME at 0x7f…>` */
  __repr__(): string {
    this.address ??= fakeAddress();
    return `<async_generator object ${this.__qualname__} at ${this.address}>`;
  }

  toString(): string {
    return this.__repr__();
  }
}
pyClass(AsyncGenerator, "builtins", "async_generator");

type AsyncGenFn = (this: any, ...args: any[]) => NativeGen<any>;

const ASYNC_GEN_FUNCTION = Symbol.for("asyncio-ts.async-generator-function");

/** True for functions made by `async_gen` (`inspect.isasyncgenfunction`). */
export function isAsyncGenFunction(f: unknown): boolean {
  return (
    typeof f === "function" &&
    (f as unknown as Record<symbol, unknown>)[ASYNC_GEN_FUNCTION] === true
  );
}

/** `qualname`: as for `async_def` (null: found from where the function was defined). */
function wrapAsyncGen<F extends AsyncGenFn>(fn: F, qualname: string | null) {
  const name = fn.name;
  const definition = new Error().stack;
  const qualified = () => qualname ?? qualnameOf(fn, definition);
  const wrapper = function (this: unknown, ...args: Parameters<F>) {
    return new AsyncGenerator(
      fn.apply(this, args) as NativeGen<ReturnType<F> extends NativeGen<infer Y> ? Y : unknown>,
      name,
      qualified(),
    );
  };
  Object.defineProperty(wrapper, "name", { value: name });
  Object.defineProperty(wrapper, ASYNC_GEN_FUNCTION, { value: true });
  Object.defineProperty(wrapper, "__qualname__", { get: qualified, configurable: true });
  // The `async function*` itself, whose source tells its parameters (keywords by name).
  Object.defineProperty(wrapper, Symbol.for("asyncio-ts.source"), { value: fn });
  return wrapper;
}

/**
 * `async def` with `yield` → `async_gen(async function* f() {…})` (or `async_gen({ async *f() {…} })`,
 * see `async_def`): calls return async generators.
 */
export const async_gen = Object.assign(
  <F extends AsyncGenFn>(def: F | Record<string, F>) => {
    return wrapAsyncGen(soleMethod(def), null);
  },
  {
    /** Wraps async generator methods of `Cls` after the class body. */
    methods(Cls: abstract new (...args: never[]) => unknown, ...names: string[]): void {
      for (const name of names) {
        for (const target of [Cls.prototype as object, Cls as object]) {
          const desc = Object.getOwnPropertyDescriptor(target, name);
          if (desc && typeof desc.value === "function") {
            Object.defineProperty(target, name, {
              ...desc,
              value: wrapAsyncGen(desc.value as AsyncGenFn, `${Cls.name}.${name}`),
            });
            break;
          }
        }
      }
    },
  },
);
