// asyncio.Future: a thenable result slot whose callbacks run through the loop's ready queue.
// Mirrors Lib/asyncio/futures.py (3.11); `then` is how native `await` suspends a task (DESIGN §3).

import {
  awaitSitesOf,
  ownFramesShown,
  restoreAwaitSites,
  setOwnFrames,
} from "../builtins/await-sites.js";
import { pyClass } from "../builtins/classinfo.js";
import { TypeError as PyTypeError, StopIteration } from "../builtins/exceptions.js";
import { isKwargs } from "../builtins/kwargs.js";
import { repr } from "../builtins/repr.js";
import { current, getEventLoop } from "./current.js";
import { CancelledError, InvalidStateError, loopCancelledError } from "./exceptions.js";
import type { EventLoop } from "./loop.js";

const PENDING = 0;
const CANCELLED = 1;
const FINISHED = 2;
const STATE_NAMES = ["PENDING", "CANCELLED", "FINISHED"];

/** A done callback: called with the future. */
export type DoneCallback = (fut: any) => unknown;

/** Python's asyncio.Future. Awaiting it suspends the awaiting task until it is done. */
export class Future<T = unknown> implements PromiseLike<T> {
  _state = PENDING;
  _result: T | undefined = undefined;
  _exception: unknown = undefined;
  _loop: EventLoop;
  _callbacks: DoneCallback[] | null = null;
  _cancel_message: unknown = null;
  _cancelled_exc: CancelledError | null = null;
  _log_traceback = false;
  /** What the timeline says a task waiting on this future waits for ("Queue.get()", "sleep(1)"). */
  _label: string | undefined = undefined;
  /** JS stack where user code made this future (gather): where its awaiter is suspended. */
  /** Where the awaiting code created this future (its stack is formatted only when read). */
  _siteError: Error | undefined = undefined;
  /** The await sites the exception carried when it was set (see `restoreAwaitSites`). */
  _exceptionSites: string[] | undefined = undefined;
  /** True once result() raised the exception (its traceback is cleared then, as in CPython). */
  _tracebackUsed = false;
  /** Whether the exception's own frames were part of its traceback when it was set. */
  _exceptionOwnFrames = true;
  /** The JS stack of `_siteError`, for tracebacks and reprs. */
  get _site(): string | undefined {
    return this._siteError?.stack;
  }

  constructor(kwargs?: { loop?: EventLoop }) {
    this._loop = kwargs?.loop ?? getEventLoop();
  }

  /** A future of the runtime's own, labelled for the timeline. */
  static _labelled<T>(loop: EventLoop, label: string): Future<T> {
    const f = new Future<T>({ loop });
    f._label = label;
    return f;
  }

  /** The loop this future belongs to. */
  get_loop(): EventLoop {
    return this._loop;
  }

  /** Cancels the future and schedules its callbacks; false if it was already done. */
  cancel(msg: unknown = null): boolean {
    if (isKwargs(msg)) msg = msg.msg ?? null;
    this._log_traceback = false;
    if (this._state !== PENDING) return false;
    this._state = CANCELLED;
    this._cancel_message = msg;
    this.__schedule_callbacks();
    return true;
  }

  __schedule_callbacks(): void {
    const callbacks = this._callbacks;
    if (callbacks === null) return;
    this._callbacks = null;
    for (const cb of callbacks) {
      const task = (cb as { _wakeTask?: { __wakeup(fut: never): void } })._wakeTask;
      if (task !== undefined) this._loop._callWakeup(cb, task, this);
      else this._loop._callSoon(cb, this);
    }
  }

  /** True if the future was cancelled. */
  cancelled(): boolean {
    return this._state === CANCELLED;
  }

  /** True if the future has a result, an exception, or was cancelled. */
  done(): boolean {
    return this._state !== PENDING;
  }

  /** The result; raises the exception, CancelledError, or InvalidStateError. */
  result(): T {
    if (this._state === CANCELLED) throw this._make_cancelled_error();
    if (this._state !== FINISHED) throw new InvalidStateError("Result is not set.");
    this._log_traceback = false;
    if (this._exception !== undefined) {
      // CPython restores the stored traceback on the first result() only (then clears it).
      restoreAwaitSites(this._exception, this._tracebackUsed ? [] : this._exceptionSites);
      setOwnFrames(this._exception, !this._tracebackUsed && this._exceptionOwnFrames);
      this._tracebackUsed = true;
      throw this._exception;
    }
    return this._result as T;
  }

  /** The exception set on the future, or None. */
  exception(): unknown {
    if (this._state === CANCELLED) throw this._make_cancelled_error();
    if (this._state !== FINISHED) throw new InvalidStateError("Exception is not set.");
    this._log_traceback = false;
    return this._exception === undefined ? null : this._exception;
  }

  /** Calls `fn(future)` through the loop when the future is done. */
  add_done_callback(fn: DoneCallback): void {
    if (this._state !== PENDING) this._loop._callSoon(fn, this);
    else if (this._callbacks === null) this._callbacks = [fn];
    else this._callbacks.push(fn);
  }

  /** Removes every registration of `fn`; returns how many were removed. */
  remove_done_callback(fn: DoneCallback): number {
    if (this._callbacks === null) return 0;
    const kept = this._callbacks.filter((f) => f !== fn);
    const removed = this._callbacks.length - kept.length;
    if (removed) this._callbacks = kept.length > 0 ? kept : null;
    return removed;
  }

  /** Marks the future done with a result (the C implementation's "invalid state" when already done). */
  set_result(result: T): void {
    if (this._state !== PENDING) throw new InvalidStateError("invalid state");
    this._result = result;
    this._state = FINISHED;
    this.__schedule_callbacks();
  }

  /** Marks the future done with an exception. */
  set_exception(exception: unknown): void {
    if (this._state !== PENDING) throw new InvalidStateError("invalid state");
    let exc = exception;
    if (typeof exc === "function") exc = new (exc as new () => unknown)();
    if (exc instanceof StopIteration) {
      exc = new PyTypeError(
        "StopIteration interacts badly with generators and cannot be raised into a Future",
      );
    }
    this._exception = exc;
    this._exceptionSites = awaitSitesOf(exc);
    this._exceptionOwnFrames = ownFramesShown(exc);
    this._state = FINISHED;
    this.__schedule_callbacks();
    this._log_traceback = true;
  }

  /** The CancelledError to raise: the one the task ended with, or a new one carrying the message. */
  _make_cancelled_error(fromLoop = false): CancelledError {
    if (this._cancelled_exc !== null) {
      const exc = this._cancelled_exc;
      this._cancelled_exc = null;
      return exc;
    }
    const make = fromLoop ? loopCancelledError : (...a: unknown[]) => new CancelledError(...a);
    return this._cancel_message === null || this._cancel_message === undefined
      ? make()
      : make(this._cancel_message);
  }

  /** What a task waiting on this future waits for, for the timeline. */
  _describe(): string {
    return this._label ?? "Future";
  }

  /** `fut.__await__()`: an iterator for `yield from` in a custom `__await__`. */
  *__await__(): Generator<unknown, T, unknown> {
    return (yield this) as T;
  }

  /** Python's repr: `<Future pending>`, `<Future finished result=…>`. */
  __repr__(): string {
    return `<${this._className()} ${this._reprInfo().join(" ")}>`;
  }

  _className(): string {
    return "Future";
  }

  _reprInfo(): string[] {
    const info = [STATE_NAMES[this._state].toLowerCase()];
    if (this._state === FINISHED) {
      if (this._exception !== undefined) info.push(`exception=${reprOf(this._exception)}`);
      else info.push(`result=${reprOf(this._result)}`);
    }
    const cbs = this._callbacks;
    if (cbs !== null && cbs.length > 0) {
      const shown =
        cbs.length <= 2
          ? cbs.map(callbackName)
          : [callbackName(cbs[0]), `<${cbs.length - 2} more>`, callbackName(cbs[cbs.length - 1])];
      info.push(`cb=[${shown.join(", ")}]`);
    }
    return info;
  }

  toString(): string {
    return this.__repr__();
  }

  /**
   * The await hook. Done: continue at once (no trip through the loop, as CPython's `__await__`).
   * Pending inside a task step: the task suspends on this future. Otherwise: a plain callback.
   */
  // biome-ignore lint/suspicious/noThenProperty: a Future is deliberately a thenable (DESIGN §3).
  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    const ok = onfulfilled ?? ((v: T) => v as unknown as R1);
    const fail =
      onrejected ??
      ((e: unknown) => {
        throw e;
      });
    if (this._state !== PENDING) {
      let value: T;
      try {
        value = this.result();
      } catch (e) {
        return Promise.resolve().then(() => fail(e));
      }
      return Promise.resolve().then(() => ok(value));
    }
    const task = this._loop._stepping;
    if (task !== null && current.running === this._loop) {
      task._suspendOn(this, ok as (v: unknown) => void, fail);
      return undefined as unknown as PromiseLike<R1 | R2>;
    }
    return new Promise<R1 | R2>((resolve, reject) => {
      this.add_done_callback(() => {
        try {
          resolve(ok(this.result()));
        } catch (e) {
          try {
            resolve(fail(e));
          } catch (e2) {
            reject(e2);
          }
        }
      });
    });
  }
}

pyClass(Future, "_asyncio", "Future");

/** How CPython's `_format_callbacks` names one done callback (without its source location). */
function callbackName(cb: DoneCallback): string {
  const named = cb as { __qualname__?: string; name?: string };
  return `${named.__qualname__ || named.name || "<lambda>"}()`;
}

/** Python's repr (the builtins' `repr`), for futures' own messages. */
export function reprOf(x: unknown): string {
  return repr(x);
}

/** True for asyncio futures (and tasks). */
export function isfuture(x: unknown): x is Future {
  return x instanceof Future;
}
