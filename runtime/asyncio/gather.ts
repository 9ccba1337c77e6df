// `asyncio.gather`: one future for many awaitables, results in argument order.
// Mirrors Lib/asyncio/tasks.py `gather` and `_GatheringFuture` (3.11).
import { isKwargs, splitKwargs } from "../builtins/kwargs.js";
import { truthy } from "../builtins/truthy.js";
import { getEventLoop } from "./current.js";
import { ensureFutureOn } from "./ensure.js";
import { loopCancelledError } from "./exceptions.js";
import { Future } from "./future.js";
import type { EventLoop } from "./loop.js";

/** The future `gather` returns: cancelling it cancels every child. */
export class _GatheringFuture<T> extends Future<T> {
  _cancel_requested = false;

  constructor(
    readonly _children: Future<unknown>[],
    loop: EventLoop,
  ) {
    super({ loop });
  }

  /** Cancels every child; true if any child accepted. */
  override cancel(msg: unknown = null): boolean {
    if (isKwargs(msg)) msg = msg.msg ?? null;
    if (this.done()) return false;
    let ret = false;
    for (const child of this._children) {
      if (child.cancel(msg)) ret = true;
    }
    if (ret) this._cancel_requested = true;
    return ret;
  }
}

/** `asyncio.gather(*aws, return_exceptions=False)`: a future of the list of results. */
export function gather(...args: unknown[]): Future<unknown[]> {
  const [aws, kw] = splitKwargs(args);
  const returnExceptions = truthy(kw.return_exceptions);
  if (aws.length === 0) {
    const outer = getEventLoop().create_future<unknown[]>();
    outer.set_result([]);
    return outer;
  }
  const children: Future<unknown>[] = [];
  const argToFut = new Map<unknown, Future<unknown>>();
  let nfuts = 0;
  let nfinished = 0;
  let loop: EventLoop | undefined;
  let outer: _GatheringFuture<unknown[]> | null = null;

  const doneCallback = (fut: Future<unknown>): void => {
    nfinished += 1;
    if (outer === null || outer.done()) {
      if (!fut.cancelled()) fut.exception();
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        outer.set_exception(fut._make_cancelled_error());
        return;
      }
      const exc = fut.exception();
      if (exc !== null) {
        outer.set_exception(exc);
        return;
      }
    }
    if (nfinished === nfuts) {
      const results: unknown[] = [];
      for (const child of children) {
        if (child.cancelled()) {
          const msg = child._cancel_message;
          results.push(loopCancelledError(msg === null || msg === undefined ? "" : msg));
        } else {
          const exc = child.exception();
          results.push(exc === null ? child.result() : exc);
        }
      }
      if (outer._cancel_requested) outer.set_exception(fut._make_cancelled_error());
      else outer.set_result(results);
    }
  };

  for (const arg of aws) {
    let fut = argToFut.get(arg);
    if (fut === undefined) {
      fut = ensureFutureOn<unknown>(arg, loop ?? null);
      loop ??= fut._loop;
      if (fut !== arg) (fut as { _log_destroy_pending?: boolean })._log_destroy_pending = false;
      nfuts += 1;
      argToFut.set(arg, fut);
      fut.add_done_callback(doneCallback as (f: Future<never>) => void);
    }
    children.push(fut);
  }
  outer = new _GatheringFuture<unknown[]>(children, loop as EventLoop);
  outer._label = `gather(${children.length})`;
  outer._siteError = new Error();
  return outer;
}
