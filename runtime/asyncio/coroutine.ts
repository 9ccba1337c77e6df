// Lazy Python coroutine objects over native async functions: `async_def(fn)` and `async_def.methods`.
// Mirrors CPython's coroutine object (Objects/genobject.c): the body starts only when awaited or stepped.

import { addAwaitSite } from "../builtins/await-sites.js";
import { boundMethodOf } from "../builtins/bound.js";
import { pyClass } from "../builtins/classinfo.js";
import { RuntimeError } from "../builtins/exceptions.js";
import { current } from "./current.js";
import { qualnameOf } from "./location.js";

const CREATED = 0;
const STARTED = 1;
const CLOSED = 2;

/**
 * Coroutines that may not have started yet, in creation order, for the "was never awaited"
 * warnings. Started ones are dropped in batches (cheaper than a Set for 100,000s of coroutines).
 */
const created: Coroutine<unknown>[] = [];
let compactAt = 1024;

function track(coro: Coroutine<unknown>): void {
  created.push(coro);
  if (created.length > compactAt) {
    let kept = 0;
    for (const c of created) if (c._state === CREATED) created[kept++] = c;
    created.length = kept;
    compactAt = Math.max(1024, kept * 2);
  }
}

/** Removes and returns the coroutines that were never started (for the warnings). */
export function takeNeverAwaited(filter: (c: Coroutine<unknown>) => boolean): Coroutine<unknown>[] {
  const out: Coroutine<unknown>[] = [];
  let kept = 0;
  for (const c of created) {
    if (c._state !== CREATED) continue;
    if (filter(c)) {
      out.push(c);
      c._state = CLOSED;
    } else created[kept++] = c;
  }
  created.length = kept;
  return out;
}

let addressCounter = 0;
/** How many more creation stacks to record in this run. */
let originBudget = 1000;

/** A stable fake address for reprs, in CPython's 0x7f… style. */
export function fakeAddress(): string {
  addressCounter += 1;
  return `0x7f${(0x3a000000 + addressCounter * 0x90).toString(16).padStart(10, "0")}`;
}

/** Resets per-run counters (program start). */
export function resetCoroutines(): void {
  created.length = 0;
  compactAt = 1024;
  originBudget = 1000;
  addressCounter = 0;
}

/** Python's coroutine object. A thenable: `await coro` starts its body and chains to it. */
export class Coroutine<T = unknown> implements PromiseLike<T> {
  _state = CREATED;
  private _address: string | undefined;
  /** True for the runtime's own housekeeping coroutines (their tasks stay off the timeline). */
  _internal = false;
  /** Where the coroutine was made: the first coroutines of a run only (~1 µs each); formatted when read. */
  _originError: Error | undefined;
  /** The JS stack of `_originError`. */
  get _origin(): string | undefined {
    return this._originError?.stack;
  }
  /** True when made while a loop was running (CPython then drops it inside the loop). */
  _inLoop: boolean;

  constructor(
    readonly _fn: ((...args: unknown[]) => PromiseLike<T>) | null,
    private readonly _self: unknown,
    private readonly _args: unknown[],
    readonly __name__: string,
    readonly __qualname__: string,
  ) {
    track(this as Coroutine<unknown>);
    this._inLoop = current.running !== null;
    if (originBudget > 0) {
      originBudget -= 1;
      this._originError = new Error();
    }
  }

  /** Starts the body and returns its native promise (a task's first step, or `await`). */
  _start(): PromiseLike<T> {
    this._markStarted();
    return this._body();
  }

  /** Marks the coroutine started; a second start is CPython's "cannot reuse" RuntimeError. */
  protected _markStarted(): void {
    if (this._state !== CREATED) throw new RuntimeError("cannot reuse already awaited coroutine");
    this._state = STARTED;
  }

  /** Runs the body; subclasses that are not backed by an async function override it. */
  protected _body(): PromiseLike<T> {
    return (this._fn as (...args: unknown[]) => PromiseLike<T>).apply(this._self, this._args);
  }

  /** Closes a coroutine that has not started (it will never run and never warn). */
  close(): void {
    if (this._state === CREATED) {
      this._state = CLOSED;
    }
  }

  /** `coro.__await__()`: an iterator for `yield from` in a custom `__await__` (see `driveAwait`). */
  *__await__(): Generator<unknown, T, unknown> {
    return (yield this) as T;
  }

  /** `<coroutine object NAME at 0x7f…>` */
  __repr__(): string {
    this._address ??= fakeAddress();
    return `<coroutine object ${this.__qualname__} at ${this._address}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  /** The await hook: starts the body in the awaiting task (no trip through the loop). */
  // biome-ignore lint/suspicious/noThenProperty: a coroutine is deliberately a thenable (DESIGN §3).
  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    let p: PromiseLike<T>;
    try {
      p = this._start();
    } catch (e) {
      p = Promise.reject(e);
    }
    if (onrejected === null || onrejected === undefined || this._originError === undefined) {
      return p.then(onfulfilled, onrejected);
    }
    // An exception leaving the coroutine passes the awaiting frame, at the line that made the
    // coroutine (a JS stack loses it when the exception came from another task).
    return p.then(onfulfilled, (e: unknown) => {
      addAwaitSite(e, this._origin);
      return onrejected(e);
    });
  }
}
pyClass(Coroutine, "builtins", "coroutine");

const COROUTINE_FUNCTION = Symbol.for("asyncio-ts.coroutine-function");

/** True for functions made by `async_def` (Python's `inspect.iscoroutinefunction`). */
export function isCoroutineFunction(f: unknown): boolean {
  if (typeof f !== "function") return false;
  if ((f as unknown as Record<symbol, unknown>)[COROUTINE_FUNCTION] === true) return true;
  const method = boundMethodOf(f);
  if (method !== undefined) return isCoroutineFunction(method.fn);
  // Inside `async_def(async function f() {…})`, `f` is the raw async function: still `async def`.
  // A plain `def` made a native `async function` (it calls asyncio.run) is not (contract §1).
  return definitionStacks.has(f);
}

/** True for coroutine objects. */
export function isCoroutine(x: unknown): x is Coroutine<unknown> {
  return x instanceof Coroutine;
}

type AsyncFn = (this: any, ...args: any[]) => Promise<any>;

/** The function `async_def` returns: calling it makes a lazy coroutine. */
export type CoroutineFunction<F extends AsyncFn> = (
  this: ThisParameterType<F>,
  ...args: Parameters<F>
) => Coroutine<Awaited<ReturnType<F>>>;

/** JS stacks where coroutine functions were defined (for "defined at FILE:LINE" in reprs). */
export const definitionStacks = new WeakMap<Function, string | undefined>();

/**
 * `qualname` is the method's `Cls.name`; a plain function's (null) is found from where it was
 * defined, when first needed: `main.<locals>.worker` for one nested in `main`.
 */
function wrapCoroutineFunction<F extends AsyncFn>(
  fn: F,
  qualname: string | null,
): CoroutineFunction<F> {
  const name = fn.name;
  const definition = new Error().stack;
  definitionStacks.set(fn, definition);
  const qualified = () => qualname ?? qualnameOf(fn, definition);
  const wrapper = function (this: unknown, ...args: unknown[]) {
    return new Coroutine(
      fn as (...a: unknown[]) => PromiseLike<unknown>,
      this,
      args,
      name,
      qualified(),
    );
  } as unknown as CoroutineFunction<F>;
  Object.defineProperty(wrapper, "name", { value: name });
  Object.defineProperty(wrapper, COROUTINE_FUNCTION, { value: true });
  // Configurable: `functools.wraps` sets another qualname.
  Object.defineProperty(wrapper, "__qualname__", { get: qualified, configurable: true });
  // The `async function` itself, whose source tells its parameters (`functools.partial`).
  Object.defineProperty(wrapper, Symbol.for("asyncio-ts.source"), { value: fn });
  return wrapper;
}

/** Wraps the async methods `names` of a class (prototype or static) so that calls return lazy coroutines. */
function wrapMethods(
  Cls: abstract new (...args: never[]) => unknown,
  names: string[],
  wrap: (fn: AsyncFn, qualname: string) => unknown,
): void {
  for (const name of names) {
    for (const target of [Cls.prototype as object, Cls as object]) {
      const desc = Object.getOwnPropertyDescriptor(target, name);
      if (desc && typeof desc.value === "function") {
        Object.defineProperty(target, name, {
          ...desc,
          value: wrap(desc.value as AsyncFn, `${Cls.name}.${name}`),
        });
        break;
      }
    }
  }
}

/**
 * The function of `async_def({ async f() {…} })`: a one-method object literal whose method has no
 * self-binding of its name, so that `f` inside the body is the wrapped coroutine function.
 */
export function soleMethod<F extends Function>(def: F | Record<string, F>): F {
  if (typeof def === "function") return def;
  const keys = Object.keys(def);
  if (keys.length !== 1 || typeof def[keys[0]] !== "function") {
    throw new TypeError(
      "async_def/async_gen expect a function or an object with exactly one method",
    );
  }
  return def[keys[0]];
}

/**
 * Runs the iterator a Python `__await__` returns (a JS generator): every value it yields is
 * awaited in the current task (a future, a coroutine; None is a bare yield) and the result is
 * sent back in, as CPython's task does with a generator-based awaitable.
 */
export async function driveAwait(it: Iterator<unknown, unknown, unknown>): Promise<unknown> {
  let r = it.next();
  while (!r.done) {
    let value: unknown;
    try {
      value =
        r.value === null || r.value === undefined
          ? await awaitHooks.bareYield()
          : await (r.value as PromiseLike<unknown>);
    } catch (e) {
      if (typeof it.throw !== "function") throw e;
      r = it.throw(e);
      continue;
    }
    r = it.next(value);
  }
  return r.value;
}

/** Set by sleep.ts (a bare yield is `sleep(0)`), kept apart to avoid an import cycle. */
export const awaitHooks = { bareYield: (): PromiseLike<unknown> => Promise.resolve(null) };

/** Makes instances of a class with a generator `__await__` awaitable with JS `await`. */
function makeAwaitable(Cls: abstract new (...args: never[]) => unknown): void {
  // biome-ignore lint/suspicious/noThenProperty: a Python awaitable must be a JS thenable.
  Object.defineProperty(Cls.prototype, "then", {
    value(
      this: { __await__(): Iterator<unknown, unknown, unknown> },
      ok?: (v: unknown) => unknown,
      fail?: (e: unknown) => unknown,
    ) {
      return driveAwait(this.__await__()).then(ok, fail);
    },
    writable: true,
    configurable: true,
  });
}

/**
 * `async def f` → `const f = async_def(async function f() {…})`: calls return lazy coroutines.
 * `async_def({ async f() {…} })` is the same, except that inside the body `f` names the wrapper
 * (a named function expression binds its own name to the raw async function).
 */
export const async_def = Object.assign(
  <F extends AsyncFn>(def: F | Record<string, F>): CoroutineFunction<F> => {
    return wrapCoroutineFunction(soleMethod(def), null);
  },
  {
    /** Wraps async methods of `Cls` after the class body: `async_def.methods(Cls, "fetch")`. */
    methods(Cls: abstract new (...args: never[]) => unknown, ...names: string[]): void {
      wrapMethods(Cls, names, wrapCoroutineFunction);
    },
    /** After a class that defines `__await__` (a generator): `async_def.awaitable(Ticket)`. */
    awaitable: makeAwaitable,
  },
);
