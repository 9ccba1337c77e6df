// `asyncio.TaskGroup`: structured concurrency; the first failure cancels the siblings.
// Mirrors Lib/asyncio/taskgroups.py (3.11); siblings are cancelled in creation order (VIRTUAL-TIME.md).
import { pyClass } from "../builtins/classinfo.js";
import {
  type BaseException,
  BaseExceptionGroup,
  Exception,
  ExceptionGroup,
  KeyboardInterrupt,
  RuntimeError,
  SystemExit,
} from "../builtins/exceptions.js";
import { splitKwargs } from "../builtins/kwargs.js";
import { async_def, type Coroutine } from "./coroutine.js";
import { get_running_loop } from "./current.js";
import { CancelledError } from "./exceptions.js";
import { Future } from "./future.js";
import type { EventLoop } from "./loop.js";
import type { Task } from "./task.js";

function isBaseError(exc: unknown): boolean {
  return exc instanceof SystemExit || exc instanceof KeyboardInterrupt;
}

/** `async with asyncio.TaskGroup() as tg: tg.create_task(...)`. */
export class TaskGroup {
  private _entered = false;
  private _exiting = false;
  private _aborting = false;
  private _loop: EventLoop | null = null;
  private _parent_task: Task<unknown> | null = null;
  private _parent_cancel_requested = false;
  private _tasks = new Set<Task<unknown>>();
  private _errors: unknown[] = [];
  private _base_error: unknown = null;
  private _on_completed_fut: Future<unknown> | null = null;
  private readonly _doneCb = (t: Task<unknown>) => this._on_task_done(t);

  /** Enters the group inside the current task. */
  async __aenter__(): Promise<this> {
    if (this._entered)
      throw new RuntimeError(`TaskGroup ${this.__repr__()} has been already entered`);
    this._entered = true;
    this._loop ??= get_running_loop();
    this._parent_task = this._loop._stepping;
    if (this._parent_task === null) {
      throw new RuntimeError(`TaskGroup ${this.__repr__()} cannot determine the parent task`);
    }
    return this;
  }

  /** Waits for every task; raises an ExceptionGroup of their errors. */
  async __aexit__(et: unknown, exc: unknown, _tb?: unknown): Promise<null> {
    const loop = this._loop as EventLoop;
    const parent = this._parent_task as Task<unknown>;
    this._exiting = true;
    const hasExc = exc !== null && exc !== undefined;
    if (hasExc && isBaseError(exc) && this._base_error === null) this._base_error = exc;
    let propagateCancellation: unknown =
      et === CancelledError || exc instanceof CancelledError ? exc : null;
    if (this._parent_cancel_requested && parent.uncancel() === 0) propagateCancellation = null;
    if (hasExc && !this._aborting) this._abort();
    while (this._tasks.size > 0) {
      this._on_completed_fut ??= Future._labelled<unknown>(loop, "TaskGroup");
      try {
        await this._on_completed_fut;
      } catch (ex) {
        if (!(ex instanceof CancelledError)) throw ex;
        if (!this._aborting) {
          propagateCancellation = ex;
          this._abort();
        }
      }
      this._on_completed_fut = null;
    }
    if (this._base_error !== null) throw this._base_error;
    if (propagateCancellation !== null && this._errors.length === 0) throw propagateCancellation;
    if (hasExc && !(exc instanceof CancelledError)) this._errors.push(exc);
    if (this._errors.length > 0) {
      const errors = this._errors as BaseException[];
      this._errors = [];
      const me = errors.every((e) => e instanceof Exception)
        ? new ExceptionGroup("unhandled errors in a TaskGroup", errors)
        : new BaseExceptionGroup("unhandled errors in a TaskGroup", errors);
      me.__suppress_context__ = true;
      throw me;
    }
    return null;
  }

  /** Creates a task in the group. */
  create_task<T>(coro: Coroutine<T>, ...rest: unknown[]): Task<T> {
    const [, kw] = splitKwargs(rest);
    if (!this._entered) throw new RuntimeError(`TaskGroup ${this.__repr__()} has not been entered`);
    if (this._exiting && this._tasks.size === 0)
      throw new RuntimeError(`TaskGroup ${this.__repr__()} is finished`);
    if (this._aborting) throw new RuntimeError(`TaskGroup ${this.__repr__()} is shutting down`);
    const loop = this._loop as EventLoop;
    const task = loop.create_task(coro);
    if (kw.name !== undefined && kw.name !== null) task.set_name(kw.name);
    if (task.done()) this._on_task_done(task as Task<unknown>);
    else {
      this._tasks.add(task as Task<unknown>);
      task.add_done_callback(this._doneCb);
    }
    return task;
  }

  private _abort(): void {
    this._aborting = true;
    for (const t of this._tasks) if (!t.done()) t.cancel();
  }

  private _on_task_done(task: Task<unknown>): void {
    this._tasks.delete(task);
    if (
      this._on_completed_fut !== null &&
      this._tasks.size === 0 &&
      !this._on_completed_fut.done()
    ) {
      this._on_completed_fut.set_result(true);
    }
    if (task.cancelled()) return;
    const exc = task.exception();
    if (exc === null) return;
    this._errors.push(exc);
    if (isBaseError(exc) && this._base_error === null) this._base_error = exc;
    const parent = this._parent_task as Task<unknown>;
    if (parent.done()) {
      (this._loop as EventLoop).call_exception_handler({
        message: `Task ${task.__repr__()} has errored out but its parent task ${parent.__repr__()} is already completed`,
        exception: exc,
        task,
      });
      return;
    }
    if (!this._aborting && !this._parent_cancel_requested) {
      this._abort();
      this._parent_cancel_requested = true;
      parent.cancel();
    }
  }

  /** `<TaskGroup tasks=2 entered>` */
  __repr__(): string {
    const info = [""];
    if (this._tasks.size > 0) info.push(`tasks=${this._tasks.size}`);
    if (this._errors.length > 0) info.push(`errors=${this._errors.length}`);
    if (this._aborting) info.push("cancelling");
    else if (this._entered) info.push("entered");
    return `<TaskGroup${info.join(" ")}>`;
  }
}
async_def.methods(TaskGroup, "__aenter__", "__aexit__");
pyClass(TaskGroup, "asyncio.taskgroups");
