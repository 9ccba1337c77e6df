// Synchronization primitives: Lock, Event, Condition, Semaphore, BoundedSemaphore.
// Mirrors Lib/asyncio/locks.py (3.11.7), including its wake-up order and cancellation branches.

import { pyClass } from "../builtins/classinfo.js";
import { RuntimeError, ValueError } from "../builtins/exceptions.js";
import { isKwargs } from "../builtins/kwargs.js";
import { truthy } from "../builtins/truthy.js";
import { async_def } from "./coroutine.js";
import { getEventLoop } from "./current.js";
import { CancelledError } from "./exceptions.js";
import { Future } from "./future.js";

function removeItem<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}

/** `async with lock:` support shared by Lock, Semaphore and Condition. */
abstract class ContextManagerMixin {
  abstract acquire(): PromiseLike<boolean>;
  abstract release(): void;

  /** Acquires; `async with` binds None. */
  async __aenter__(): Promise<null> {
    await this.acquire();
    return null;
  }

  /** Releases. */
  async __aexit__(..._exc: unknown[]): Promise<null> {
    this.release();
    return null;
  }
}

/** `asyncio.Lock`: FIFO, cancellation-safe mutual exclusion. */
export class Lock extends ContextManagerMixin {
  _waiters: Future<unknown>[] | null = null;
  _locked = false;

  /** True while held. */
  locked(): boolean {
    return this._locked;
  }

  /** Acquires the lock, waiting while another task holds it. */
  async acquire(): Promise<boolean> {
    if (!this._locked && (this._waiters === null || this._waiters.every((w) => w.cancelled()))) {
      this._locked = true;
      return true;
    }
    this._waiters ??= [];
    const fut = Future._labelled<unknown>(getEventLoop(), "Lock.acquire()");
    this._waiters.push(fut);
    try {
      try {
        await fut;
      } finally {
        removeItem(this._waiters, fut);
      }
    } catch (e) {
      if (e instanceof CancelledError && !this._locked) this._wakeUpFirst();
      throw e;
    }
    this._locked = true;
    return true;
  }

  /** Releases the lock and wakes the first waiter. */
  release(): void {
    if (!this._locked) throw new RuntimeError("Lock is not acquired.");
    this._locked = false;
    this._wakeUpFirst();
  }

  private _wakeUpFirst(): void {
    if (!this._waiters || this._waiters.length === 0) return;
    const fut = this._waiters[0];
    if (!fut.done()) fut.set_result(true);
  }
}
async_def.methods(Lock, "acquire", "__aenter__", "__aexit__");

/** `asyncio.Event`: wakes every waiter when set. */
export class Event {
  _waiters: Future<unknown>[] = [];
  _value = false;

  /** True once set (until cleared). */
  is_set(): boolean {
    return this._value;
  }

  /** Sets the flag and wakes every waiter. */
  set(): void {
    if (this._value) return;
    this._value = true;
    for (const fut of this._waiters) if (!fut.done()) fut.set_result(true);
  }

  /** Resets the flag. */
  clear(): void {
    this._value = false;
  }

  /** Waits until the flag is set; returns True. */
  async wait(): Promise<boolean> {
    if (this._value) return true;
    const fut = Future._labelled<unknown>(getEventLoop(), "Event.wait()");
    this._waiters.push(fut);
    try {
      await fut;
      return true;
    } finally {
      removeItem(this._waiters, fut);
    }
  }
}
async_def.methods(Event, "wait");

/** `asyncio.Condition`: wait/notify over a Lock. */
export class Condition extends ContextManagerMixin {
  _lock: Lock;
  _waiters: Future<unknown>[] = [];

  constructor(lock: Lock | null | { lock?: Lock | null } = null) {
    super();
    if (isKwargs(lock)) lock = (lock.lock as Lock | null | undefined) ?? null;
    this._lock = lock ?? new Lock();
  }

  /** True while the underlying lock is held. */
  locked(): boolean {
    return this._lock.locked();
  }

  /** Acquires the underlying lock. */
  acquire(): PromiseLike<boolean> {
    return this._lock.acquire();
  }

  /** Releases the underlying lock. */
  release(): void {
    this._lock.release();
  }

  /** Releases the lock, waits for a notify, re-acquires the lock (even when cancelled). */
  async wait(): Promise<boolean> {
    if (!this.locked()) throw new RuntimeError("cannot wait on un-acquired lock");
    this.release();
    let failure: { error: unknown } | null = null;
    const fut = Future._labelled<unknown>(getEventLoop(), "Condition.wait()");
    this._waiters.push(fut);
    try {
      await fut;
    } catch (e) {
      failure = { error: e };
    }
    removeItem(this._waiters, fut);
    if (await this._reacquire()) throw new CancelledError();
    if (failure !== null) throw failure.error;
    return true;
  }

  /** Re-acquires the lock whatever happens; true if a cancellation arrived meanwhile. */
  private async _reacquire(): Promise<boolean> {
    let cancelled = false;
    for (;;) {
      try {
        await this.acquire();
        return cancelled;
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        cancelled = true;
      }
    }
  }

  /** Waits until `predicate()` is true. */
  async wait_for(predicate: () => unknown): Promise<unknown> {
    let result = predicate();
    while (!truthy(result)) {
      await this.wait();
      result = predicate();
    }
    return result;
  }

  /** Wakes up to `n` waiters. */
  notify(n = 1): void {
    if (!this.locked()) throw new RuntimeError("cannot notify on un-acquired lock");
    let idx = 0;
    for (const fut of this._waiters) {
      if (idx >= n) break;
      if (!fut.done()) {
        idx += 1;
        fut.set_result(false);
      }
    }
  }

  /** Wakes every waiter. */
  notify_all(): void {
    this.notify(this._waiters.length);
  }
}
async_def.methods(Condition, "wait", "wait_for", "__aenter__", "__aexit__");

/** `asyncio.Semaphore(value=1)`. */
export class Semaphore extends ContextManagerMixin {
  _waiters: Future<unknown>[] | null = null;
  _value: number;

  constructor(value: number | { value?: number } = 1) {
    super();
    if (isKwargs(value)) value = (value.value as number | undefined) ?? 1;
    if (value < 0) throw new ValueError("Semaphore initial value must be >= 0");
    this._value = value;
  }

  /** True if `acquire()` would wait. */
  locked(): boolean {
    return this._value === 0 || (this._waiters ?? []).some((w) => !w.cancelled());
  }

  /** Decrements the counter, waiting while it is zero. */
  async acquire(): Promise<boolean> {
    if (!this.locked()) {
      this._value -= 1;
      return true;
    }
    this._waiters ??= [];
    const fut = Future._labelled<unknown>(getEventLoop(), "Semaphore.acquire()");
    this._waiters.push(fut);
    try {
      try {
        await fut;
      } finally {
        removeItem(this._waiters, fut);
      }
    } catch (e) {
      if (e instanceof CancelledError && !fut.cancelled()) {
        this._value += 1;
        this._wakeUpNext();
      }
      throw e;
    }
    if (this._value > 0) this._wakeUpNext();
    return true;
  }

  /** Increments the counter and wakes the next waiter. */
  release(): void {
    this._value += 1;
    this._wakeUpNext();
  }

  _wakeUpNext(): void {
    if (!this._waiters || this._waiters.length === 0) return;
    for (const fut of this._waiters) {
      if (!fut.done()) {
        this._value -= 1;
        fut.set_result(true);
        return;
      }
    }
  }
}
async_def.methods(Semaphore, "acquire", "__aenter__", "__aexit__");

/** `asyncio.BoundedSemaphore`: releasing above the initial value is a ValueError. */
export class BoundedSemaphore extends Semaphore {
  private readonly _boundValue: number;

  constructor(value: number | { value?: number } = 1) {
    if (isKwargs(value)) value = (value.value as number | undefined) ?? 1;
    super(value);
    this._boundValue = value;
  }

  override release(): void {
    if (this._value >= this._boundValue)
      throw new ValueError("BoundedSemaphore released too many times");
    super.release();
  }
}

for (const cls of [Lock, Event, Condition, Semaphore, BoundedSemaphore])
  pyClass(cls, "asyncio.locks");
