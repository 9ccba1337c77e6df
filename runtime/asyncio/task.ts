// asyncio.Task: drives one coroutine step by step through the loop's ready queue.
// Mirrors Lib/asyncio/tasks.py Task (`__step`, `__wakeup`, `cancel`, `uncancel`) of CPython 3.11.
import { pyClass } from "../builtins/classinfo.js";
import { exc } from "../builtins/exc.js";
import {
  BaseException,
  KeyboardInterrupt,
  TypeError as PyTypeError,
  RuntimeError,
  SystemExit,
} from "../builtins/exceptions.js";
import { isKwargs, splitKwargs } from "../builtins/kwargs.js";
import { emitEvent, eventsWanted, type RuntimeEvent } from "../events.js";
import { monotonicSeconds } from "./clock.js";
import { type Coroutine, isCoroutine } from "./coroutine.js";
import { CancelledError, InvalidStateError } from "./exceptions.js";
import { Future, reprOf } from "./future.js";
import { describeCoroutine } from "./location.js";
import type { EventLoop } from "./loop.js";
import { addAwaitSite } from "./stack.js";

const counters = { name: 0, id: 0 };
const NO_KWARGS: Record<string, unknown> = {};

/** Resets `Task-N` numbering and timeline ids (program start). */
export function resetTaskCounters(): void {
  counters.name = 0;
  counters.id = 0;
}

type Resume = (value: unknown) => void;

/** Python's asyncio.Task. */
export class Task<T = unknown> extends Future<T> {
  _coro: Coroutine<T>;
  _name: string;
  /** Creation order, 1-based: the timeline's task id. */
  readonly _id: number;
  _must_cancel = false;
  _fut_waiter: Future<unknown> | null = null;
  _num_cancels_requested = 0;
  _log_destroy_pending = true;
  /** Made by the runtime around a coroutine (gather, as_completed, wait_for): no user reference. */
  _implicit = false;
  /** Only the loop holds this task (as_completed's after its timeout): report when it ends. */
  _reportWhenDone = false;
  private _started = false;
  private _resume: Resume | null = null;
  private _throwIn: Resume | null = null;
  private _yieldValue: unknown = undefined;
  private _wakeupCb: ((fut: Future<unknown>) => void) | null = null;

  /** `asyncio.Task(coro, loop=None, name=None)`. */
  constructor(coro: Coroutine<T>, ...rest: unknown[]) {
    const kw = rest.length === 0 ? NO_KWARGS : splitKwargs(rest)[1];
    super({ loop: kw.loop as EventLoop | undefined });
    if (!isCoroutine(coro)) {
      this._log_destroy_pending = false;
      throw new PyTypeError(`a coroutine was expected, got ${reprOf(coro)}`);
    }
    this._coro = coro;
    counters.id += 1;
    this._id = counters.id;
    if (kw.name === undefined || kw.name === null) {
      counters.name += 1;
      this._name = `Task-${counters.name}`;
    } else {
      this._name = String(kw.name);
    }
    this._loop._callStep(this, undefined);
    this._loop._tasks.add(this as Task<unknown>);
    this.event("task-created");
  }

  /** `loop.create_task` without keyword parsing (the hot path). */
  static _make<T>(coro: Coroutine<T>, loop: EventLoop, name: string | undefined): Task<T> {
    return new Task<T>(coro, name === undefined ? { loop } : { loop, name });
  }

  private event(kind: RuntimeEvent["kind"], awaiting?: string): void {
    if (!eventsWanted() || this._coro._internal) return;
    emitEvent({ kind, time: monotonicSeconds(), task: this._id, name: this._name, awaiting });
  }

  /** The wrapped coroutine. */
  get_coro(): Coroutine<T> {
    return this._coro;
  }

  /** The task's name (`Task-N` unless given). */
  get_name(): string {
    return this._name;
  }

  /** Renames the task. */
  set_name(value: unknown): void {
    this._name = String(value);
  }

  /** Always raises: a task's result is set by its coroutine. */
  override set_result(_result: T): void {
    throw new RuntimeError("Task does not support set_result operation");
  }

  /** Always raises: a task's exception comes from its coroutine. */
  override set_exception(_exception: unknown): void {
    throw new RuntimeError("Task does not support set_exception operation");
  }

  /** Requests cancellation: CancelledError is thrown into the coroutine at its next step. */
  override cancel(msg: unknown = null): boolean {
    if (isKwargs(msg)) msg = msg.msg ?? null;
    this._log_traceback = false;
    if (this.done()) return false;
    this._num_cancels_requested += 1;
    if (this._fut_waiter?.cancel(msg)) return true;
    this._must_cancel = true;
    this._cancel_message = msg;
    return true;
  }

  /** Number of pending cancellation requests. */
  cancelling(): number {
    return this._num_cancels_requested;
  }

  /** Withdraws one cancellation request; returns how many remain. */
  uncancel(): number {
    if (this._num_cancels_requested > 0) this._num_cancels_requested -= 1;
    return this._num_cancels_requested;
  }

  /** One step: start the coroutine or resume it with a value or an exception. */
  __step(exc?: unknown, value?: unknown): void {
    if (this.done())
      throw new InvalidStateError(`_step(): already done: ${this.__repr__()}, ${reprOf(exc)}`);
    let thrown = exc;
    if (this._must_cancel) {
      if (!(thrown instanceof CancelledError)) thrown = this._make_cancelled_error();
      this._must_cancel = false;
    }
    this._fut_waiter = null;
    const loop = this._loop;
    loop._stepping = this as Task<unknown>;
    if (!this._started) {
      this._started = true;
      if (thrown !== undefined) {
        this._coro.close();
        this.__threw(thrown);
        return;
      }
      this.event("task-started");
      let p: PromiseLike<T>;
      try {
        p = this._coro._start();
      } catch (e) {
        this.__threw(e);
        return;
      }
      p.then(
        (v) => this.__returned(v),
        (e) => this.__threw(e),
      );
      return;
    }
    this.event("task-resumed");
    const resume = this._resume as Resume;
    const throwIn = this._throwIn as Resume;
    this._resume = null;
    this._throwIn = null;
    const yielded = this._yieldValue;
    this._yieldValue = undefined;
    if (thrown !== undefined) throwIn(thrown);
    else resume(value === undefined ? yielded : value);
  }

  /** Mirrors `__wakeup`: the awaited future is done; step with its result or exception. */
  __wakeup(fut: Future<unknown>): void {
    let value: unknown;
    if (fut.cancelled()) {
      const e = fut._make_cancelled_error(true);
      addAwaitSite(e, fut._site);
      this.__step(e);
      return;
    }
    try {
      value = fut.result();
    } catch (e) {
      addAwaitSite(e, fut._site);
      this.__step(e);
      return;
    }
    this.__step(undefined, value);
  }

  private __returned(value: T): void {
    if (this._must_cancel) {
      this._must_cancel = false;
      super.cancel(this._cancel_message);
    } else {
      super.set_result(value);
    }
    this.__finished();
    this._loop._stepEnded();
  }

  private __threw(e: unknown): void {
    // A native JS error (`None.get`, calling a non-function) stands for the Python one.
    if (e instanceof Error && !(e instanceof BaseException)) e = exc(e);
    // Done callbacks (gather's, the runner's) still hold the task: it is not freed yet.
    if (this._callbacks !== null && this._callbacks.length > 0) this._reportWhenDone = false;
    if (e instanceof CancelledError) {
      this._cancelled_exc = e;
      super.cancel();
    } else {
      super.set_exception(e);
    }
    this.__finished();
    if (e instanceof SystemExit || e instanceof KeyboardInterrupt) {
      this._loop._fatal(e);
      return;
    }
    this._loop._stepEnded();
  }

  private __finished(): void {
    this._loop._tasks.delete(this as Task<unknown>);
    if (this.cancelled()) this.event("task-cancelled");
    else if (this._exception !== undefined) {
      this.event("task-failed");
      if (this._reportWhenDone) this._reportUnretrieved();
      else this._loop._unretrieved.push(this as Task<unknown>);
    } else this.event("task-done");
  }

  /** "Task exception was never retrieved", now (CPython logs it when the task is freed). */
  private _reportUnretrieved(): void {
    if (!this._log_traceback) return;
    this._log_traceback = false;
    this._loop.call_exception_handler({
      message: `${this._className()} exception was never retrieved`,
      exception: this._exception,
      future: this,
    });
  }

  /** The awaiting coroutine suspends on `fut` (the `blocking` branch of `__step`). */
  _suspendOn(fut: Future<unknown>, resume: Resume, throwIn: Resume): void {
    this._resume = resume;
    this._throwIn = throwIn;
    if (fut === (this as Future<unknown>)) {
      this._loop._callStep(
        this,
        new RuntimeError(`Task cannot await on itself: ${this.__repr__()}`),
      );
    } else if (fut._loop !== this._loop) {
      this._loop._callStep(
        this,
        new RuntimeError(
          `Task ${this.__repr__()} got Future ${fut.__repr__()} attached to a different loop`,
        ),
      );
    } else {
      this._wakeupCb ??= wakeupOf(this as Task<unknown>);
      fut.add_done_callback(this._wakeupCb);
      this._fut_waiter = fut;
      if (this._must_cancel && fut.cancel(this._cancel_message)) this._must_cancel = false;
    }
    if (eventsWanted()) this.event("task-suspended", describeAwaited(fut));
    this._loop._stepEnded();
  }

  /** A bare `yield` (`sleep(0)`): the task steps again after the callbacks already queued. */
  /** Where the last bare yield (`sleep(0)`) was made, for "running at" in the repr. */
  _yieldSite: Error | undefined = undefined;

  _yield(resume: Resume, throwIn: Resume, value: unknown, site?: Error): void {
    this._yieldSite = site;
    this._resume = resume;
    this._throwIn = throwIn;
    this._yieldValue = value;
    this._loop._callStep(this, undefined);
    if (eventsWanted()) this.event("task-suspended", "sleep(0)");
    this._loop._stepEnded();
  }

  override _className(): string {
    return "Task";
  }

  override _reprInfo(): string[] {
    const info = super._reprInfo();
    if (this._num_cancels_requested > 0 && !this.done()) info[0] = "cancelling";
    info.splice(
      1,
      0,
      `name='${this._name}'`,
      `coro=<${describeCoroutine(this._coro, this.done(), this._fut_waiter?._site ?? this._yieldSite?.stack)}>`,
    );
    if (this._fut_waiter !== null) info.push(`wait_for=${this._fut_waiter.__repr__()}`);
    return info;
  }
}

pyClass(Task, "_asyncio", "Task");

function wakeupOf(task: Task<unknown>): (f: Future<unknown>) => void {
  const cb = (f: Future<unknown>) => task.__wakeup(f);
  Object.defineProperty(cb, "__qualname__", { value: "Task.task_wakeup" });
  Object.defineProperty(cb, "_wakeTask", { value: task });
  return cb;
}

function describeAwaited(fut: Future<unknown>): string {
  if (fut instanceof Task) return fut.get_name();
  return fut._describe();
}
