// `ensure_future`: coroutines become tasks, futures stay, other awaitables are wrapped.
// Mirrors Lib/asyncio/tasks.py `ensure_future` / `_ensure_future` / `_wrap_awaitable`.
import { TypeError as PyTypeError } from "../builtins/exceptions.js";
import { splitKwargs } from "../builtins/kwargs.js";
import { Coroutine, driveAwait, isCoroutine } from "./coroutine.js";
import { getEventLoop } from "./current.js";
import { Future } from "./future.js";
import type { EventLoop } from "./loop.js";

/** Wraps a coroutine in a task, returns a future as is, or wraps any other awaitable. */
export function ensure_future<T>(obj: unknown, ...rest: unknown[]): Future<T> {
  const loop =
    rest.length === 0 ? null : ((splitKwargs(rest)[1].loop as EventLoop | undefined) ?? null);
  return ensureFutureOn<T>(obj, loop);
}

/** `ensure_future` with the loop given positionally (null: the current loop). */
export function ensureFutureOn<T>(obj: unknown, loop: EventLoop | null): Future<T> {
  if (obj instanceof Future) {
    if (loop !== null && obj._loop !== loop)
      throw new Error(
        "The future belongs to a different loop than the one specified as the loop argument",
      );
    return obj as Future<T>;
  }
  const target = loop ?? getEventLoop();
  if (isCoroutine(obj)) {
    const task = target.create_task(obj as Coroutine<T>);
    task._implicit = true;
    return task;
  }
  const awaitable = toAwaitable(obj);
  if (awaitable === null) {
    throw new PyTypeError("An asyncio.Future, a coroutine or an awaitable is required");
  }
  const wrapped = new Coroutine<T>(
    async () => (await awaitable) as T,
    null,
    [],
    "_wrap_awaitable",
    "_wrap_awaitable",
  );
  // Housekeeping (shutdown_asyncgens' gather) stays off the timeline like the task that does it.
  wrapped._internal = target._stepping?._coro._internal ?? false;
  return target.create_task(wrapped);
}

/** The thenable behind a Python awaitable (`__await__` objects, JS thenables), or null. */
export function toAwaitable(obj: unknown): PromiseLike<unknown> | null {
  if (obj === null || obj === undefined) return null;
  const o = obj as { then?: unknown; __await__?: () => unknown };
  if (typeof o.then === "function") return o as PromiseLike<unknown>;
  if (typeof o.__await__ === "function") {
    const owner = o as { __await__(): Iterator<unknown, unknown, unknown> };
    const run = (ok?: (v: unknown) => unknown, fail?: (e: unknown) => unknown) =>
      driveAwait(owner.__await__()).then(ok, fail);
    // biome-ignore lint/suspicious/noThenProperty: the adapter is deliberately a thenable.
    return { then: run } as PromiseLike<unknown>;
  }
  return null;
}
