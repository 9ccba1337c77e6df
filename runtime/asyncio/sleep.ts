// `asyncio.sleep`: a coroutine that suspends the awaiting task without a native promise.
// Mirrors Lib/asyncio/tasks.py `sleep` / `__sleep0` (0 or less is a bare yield, else a call_later timer).
import { isKwargs, splitKwargs } from "../builtins/kwargs.js";
import { nowNs, rhu } from "./clock.js";
import { awaitHooks, Coroutine } from "./coroutine.js";
import { get_running_loop } from "./current.js";
import { Future } from "./future.js";
import type { Handle } from "./handle.js";
import type { EventLoop } from "./loop.js";

function setResultUnlessCancelled(fut: Future<unknown>, result: unknown): void {
  if (fut.cancelled()) return;
  fut.set_result(result);
}

const NO_ARGS: unknown[] = [];

/** The future a `sleep(d > 0)` waits on: cancelling it cancels its timer. */
class SleepFuture extends Future<unknown> {
  _timer: Handle | null = null;

  constructor(
    loop: EventLoop,
    private readonly _delay: number,
  ) {
    super({ loop });
  }

  override cancel(msg: unknown = null): boolean {
    this._timer?.cancel();
    return super.cancel(msg);
  }

  override _describe(): string {
    return `sleep(${this._delay})`;
  }
}

/** The coroutine `asyncio.sleep(delay, result)` returns. */
class SleepCoroutine<T> extends Coroutine<T> {
  constructor(
    private readonly delay: number,
    private readonly value: T,
  ) {
    super(null, null, NO_ARGS, "sleep", "sleep");
  }

  protected override _body(): PromiseLike<T> {
    return new Promise<T>((resolve, reject) => this.suspend(resolve, reject));
  }

  private suspend(resolve: (v: T) => unknown, reject: (e: unknown) => unknown): void {
    const loop = get_running_loop();
    const task = loop._stepping;
    const delay = this.delay;
    if (!(delay > 0)) {
      if (task !== null) {
        task._yield(resolve as (v: unknown) => void, reject, this.value, this._originError);
      } else loop.call_soon(() => resolve(this.value));
      return;
    }
    const fut = new SleepFuture(loop, delay);
    fut._siteError = this._originError;
    fut._timer = loop._timerAtNs(nowNs() + rhu(delay * 1e9), setResultUnlessCancelled, [
      fut,
      this.value,
    ]);
    // Cancelling the future cancels its timer (CPython's `finally: h.cancel()`); a timer that
    // fired needs no cancelling, so the task resumes straight into the coroutine.
    if (task !== null) task._suspendOn(fut, resolve as (v: unknown) => void, reject);
    else fut.then(resolve as (v: unknown) => unknown, reject);
  }

  // biome-ignore lint/suspicious/noThenProperty: awaited like every coroutine.
  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    try {
      this._markStarted();
      const loop = get_running_loop();
      if (loop._stepping !== null && onfulfilled && onrejected) {
        this.suspend(onfulfilled as (v: T) => unknown, onrejected);
        return undefined as unknown as PromiseLike<R1 | R2>;
      }
    } catch (e) {
      return Promise.reject(e).then(onfulfilled, onrejected);
    }
    return this._body().then(onfulfilled, onrejected);
  }
}

awaitHooks.bareYield = () => sleep(0);

/** `asyncio.sleep(delay, result=None)`: suspends the task for `delay` seconds; 0 yields once. */
export function sleep<T = null>(
  delay: number | Record<string, unknown>,
  ...rest: unknown[]
): Coroutine<T> {
  if (rest.length === 0 && typeof delay === "number")
    return new SleepCoroutine<T>(delay, null as T);
  if (isKwargs(delay)) return sleep(delay.delay as number, delay);
  const [pos, kw] = splitKwargs(rest);
  const result = (pos.length > 0 ? pos[0] : "result" in kw ? kw.result : null) as T;
  return new SleepCoroutine<T>(Number(delay), result);
}
