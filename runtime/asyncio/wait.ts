// `wait_for`, `wait`, `as_completed`, `shield`: waiting on futures with timeouts.
// Mirrors Lib/asyncio/tasks.py (3.11) `wait_for`, `_cancel_and_wait`, `wait`, `_wait`, `as_completed`,
// `shield`; set orders are pinned to argument order (VIRTUAL-TIME.md).
import { TypeError as PyTypeError, ValueError } from "../builtins/exceptions.js";
import { splitKwargs } from "../builtins/kwargs.js";
import { Coroutine, isCoroutine } from "./coroutine.js";
import { get_running_loop, getEventLoop } from "./current.js";
import { ensure_future } from "./ensure.js";
import { CancelledError, TimeoutError } from "./exceptions.js";
import { Future } from "./future.js";
import type { EventLoop } from "./loop.js";
import { set, tuple } from "./pyvalues.js";
import { Queue } from "./queues.js";
import { addAwaitSite } from "./stack.js";

/** `asyncio.FIRST_COMPLETED`. */
export const FIRST_COMPLETED = "FIRST_COMPLETED";
/** `asyncio.FIRST_EXCEPTION`. */
export const FIRST_EXCEPTION = "FIRST_EXCEPTION";
/** `asyncio.ALL_COMPLETED`. */
export const ALL_COMPLETED = "ALL_COMPLETED";

function coroutine<T>(name: string, body: () => Promise<T>): Coroutine<T> {
  return new Coroutine<T>(body, null, [], name, name);
}

function releaseWaiter(waiter: Future<unknown>): void {
  if (!waiter.done()) waiter.set_result(null);
}

async function cancelAndWait(fut: Future<unknown>, loop: EventLoop): Promise<void> {
  const waiter = Future._labelled<unknown>(loop, "cancellation");
  const cb = () => releaseWaiter(waiter);
  fut.add_done_callback(cb);
  try {
    fut.cancel();
    await waiter;
  } finally {
    fut.remove_done_callback(cb);
  }
}

function timeoutFrom(exc: unknown): TimeoutError {
  const e = new TimeoutError();
  e.__cause__ = exc as TimeoutError;
  e.__context__ = exc as TimeoutError;
  return e;
}

/** `asyncio.wait_for(aw, timeout)`: awaits `aw`, cancelling it and raising TimeoutError after `timeout`. */
export function wait_for<T>(aw: unknown, ...rest: unknown[]): Coroutine<T> {
  const [pos, kw] = splitKwargs(rest);
  const timeout = (pos.length > 0 ? pos[0] : kw.timeout) as number | null | undefined;
  const site = new Error().stack;
  const resultOf = (fut: Future<T>): T => {
    try {
      return fut.result();
    } catch (e) {
      if (!(e instanceof CancelledError)) addAwaitSite(e, site);
      throw e;
    }
  };
  return coroutine("wait_for", async () => {
    const loop = get_running_loop();
    if (timeout === null || timeout === undefined) return (await (aw as PromiseLike<T>)) as T;
    if (timeout <= 0) {
      const fut = ensure_future<T>(aw, { loop });
      if (fut.done()) return resultOf(fut);
      await cancelAndWait(fut as Future<unknown>, loop);
      try {
        return resultOf(fut);
      } catch (exc) {
        if (exc instanceof CancelledError) throw timeoutFrom(exc);
        throw exc;
      }
    }
    const waiter = Future._labelled<unknown>(loop, `wait_for(${timeout})`);
    const timeoutHandle = loop.call_later(timeout, releaseWaiter, waiter);
    const cb = () => releaseWaiter(waiter);
    const fut = ensure_future<T>(aw, { loop });
    fut.add_done_callback(cb);
    try {
      try {
        await waiter;
      } catch (exc) {
        if (exc instanceof CancelledError) {
          if (fut.done()) return resultOf(fut);
          fut.remove_done_callback(cb);
          await cancelAndWait(fut as Future<unknown>, loop);
        }
        throw exc;
      }
      if (fut.done()) return resultOf(fut);
      fut.remove_done_callback(cb);
      await cancelAndWait(fut as Future<unknown>, loop);
      try {
        return resultOf(fut);
      } catch (exc) {
        if (exc instanceof CancelledError) throw timeoutFrom(exc);
        throw exc;
      }
    } finally {
      timeoutHandle.cancel();
    }
  });
}

function uniqueInOrder(fs: Iterable<unknown>): unknown[] {
  const seen = new Set<unknown>();
  const out: unknown[] = [];
  for (const f of fs) {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  }
  return out;
}

/**
 * `asyncio.wait(fs, timeout=None, return_when=ALL_COMPLETED)`: resolves to `(done, pending)`, two
 * sets in argument order.
 */
export function wait(fs: Iterable<unknown>, ...rest: unknown[]): Coroutine<unknown> {
  const [pos, kw] = splitKwargs(rest);
  const timeout = (kw.timeout ?? pos[0] ?? null) as number | null;
  const returnWhen = (kw.return_when ?? pos[1] ?? ALL_COMPLETED) as string;
  return coroutine("wait", async () => {
    if (fs instanceof Future || isCoroutine(fs)) {
      throw new PyTypeError(
        `expect a list of futures, not ${fs instanceof Future ? fs._className() : "coroutine"}`,
      );
    }
    const items = uniqueInOrder(fs);
    if (items.length === 0) throw new ValueError("Set of Tasks/Futures is empty.");
    if (
      returnWhen !== FIRST_COMPLETED &&
      returnWhen !== FIRST_EXCEPTION &&
      returnWhen !== ALL_COMPLETED
    ) {
      throw new ValueError(`Invalid return_when value: ${returnWhen}`);
    }
    const loop = get_running_loop();
    if (items.some(isCoroutine))
      throw new PyTypeError("Passing coroutines is forbidden, use tasks explicitly.");
    const futs = items.map((f) => ensure_future<unknown>(f, { loop }));
    const waiter = Future._labelled<unknown>(loop, `wait(${futs.length})`);
    const timeoutHandle = timeout === null ? null : loop.call_later(timeout, releaseWaiter, waiter);
    let counter = futs.length;
    const onCompletion = (f: Future<unknown>) => {
      counter -= 1;
      if (
        counter <= 0 ||
        returnWhen === FIRST_COMPLETED ||
        (returnWhen === FIRST_EXCEPTION && !f.cancelled() && f.exception() !== null)
      ) {
        timeoutHandle?.cancel();
        if (!waiter.done()) waiter.set_result(null);
      }
    };
    for (const f of futs) f.add_done_callback(onCompletion as (f: Future<never>) => void);
    try {
      await waiter;
    } finally {
      timeoutHandle?.cancel();
      for (const f of futs) f.remove_done_callback(onCompletion as (f: Future<never>) => void);
    }
    return tuple(set(futs.filter((f) => f.done())), set(futs.filter((f) => !f.done())));
  });
}

/** `asyncio.as_completed(fs, timeout=None)`: coroutines that resolve in completion order. */
export function* as_completed(
  fs: Iterable<unknown>,
  ...rest: unknown[]
): Generator<Coroutine<unknown>> {
  const [pos, kw] = splitKwargs(rest);
  const timeout = (kw.timeout ?? pos[0] ?? null) as number | null;
  if (fs instanceof Future || isCoroutine(fs)) {
    throw new PyTypeError(
      `expect an iterable of futures, not ${fs instanceof Future ? fs._className() : "coroutine"}`,
    );
  }
  // Boxes: a Future resolved through a native promise would be adopted (awaited), not returned.
  const done = new Queue<{ fut: Future<unknown> } | null>();
  const loop = getEventLoop();
  const given = uniqueInOrder(fs);
  const todo = given.map((f) => ensure_future<unknown>(f, { loop }));
  /** Tasks as_completed made itself (from coroutines): after a timeout only the loop holds them. */
  const own = new Set(todo.filter((t, i) => t !== given[i]));
  const pending = new Set(todo);
  let timeoutHandle: { cancel(): void } | null = null;
  const onCompletion = (f: Future<unknown>) => {
    if (pending.size === 0) return;
    pending.delete(f);
    done.put_nowait({ fut: f });
    if (pending.size === 0) timeoutHandle?.cancel();
  };
  const onTimeout = () => {
    for (const f of pending) {
      f.remove_done_callback(onCompletion as (f: Future<never>) => void);
      // CPython frees such a task as soon as it ends, reporting an unretrieved exception then.
      if (own.has(f)) (f as { _reportWhenDone?: boolean })._reportWhenDone = true;
      done.put_nowait(null);
    }
    pending.clear();
  };
  for (const f of todo) f.add_done_callback(onCompletion as (f: Future<never>) => void);
  if (todo.length > 0 && timeout !== null) timeoutHandle = loop.call_later(timeout, onTimeout);
  for (let i = 0; i < todo.length; i++) {
    yield coroutine("_wait_for_one", async () => {
      const box = (await done.get()) as { fut: Future<unknown> } | null;
      if (box === null) throw new TimeoutError();
      return box.fut.result();
    });
  }
}

/** `asyncio.shield(aw)`: cancelling the returned future does not cancel `aw`. */
export function shield<T>(arg: unknown): Future<T> {
  const inner = ensure_future<T>(arg);
  if (inner.done()) return inner;
  const outer = inner._loop.create_future<T>();
  const innerDone = () => {
    if (outer.cancelled()) {
      if (!inner.cancelled()) inner.exception();
      return;
    }
    if (inner.cancelled()) outer.cancel();
    else {
      const exc = inner.exception();
      if (exc !== null) outer.set_exception(exc);
      else outer.set_result(inner.result());
    }
  };
  const outerDone = () => {
    if (!inner.done()) inner.remove_done_callback(innerDone);
  };
  inner.add_done_callback(innerDone);
  outer.add_done_callback(outerDone);
  return outer;
}
