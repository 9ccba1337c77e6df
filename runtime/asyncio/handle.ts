// Callback handles of the event loop. Mirrors Lib/asyncio/events.py Handle and TimerHandle.
import { pyClass } from "../builtins/classinfo.js";
import { floatRepr } from "../builtins/float.js";
import { repr } from "../builtins/repr.js";
import { formatCallback } from "./callback-source.js";

/** A callback scheduled with `call_soon`; `cancel()` keeps it from running. */
export class Handle {
  _cancelled = false;

  constructor(
    readonly _callback: (...args: unknown[]) => unknown,
    readonly _args: unknown[],
  ) {}

  /** Cancels the callback (it is skipped when its turn comes). */
  cancel(): void {
    this._cancelled = true;
  }

  /** True when `cancel()` was called. */
  cancelled(): boolean {
    return this._cancelled;
  }

  /** Runs the callback (the loop does this). */
  _run(): void {
    this._callback(...this._args);
  }

  /** `bad(1) at prog.py:2`: the callback and its arguments, as CPython's `_format_callback_source`. */
  _describe(): string {
    return formatCallback(this._callback, this._args.map((a) => repr(a)).join(", "));
  }

  /** `<Handle bad(1)>`, `<Handle cancelled>` */
  __repr__(): string {
    return this._cancelled
      ? `<${this._kind()} cancelled>`
      : `<${this._kind()} ${this._describe()}>`;
  }

  protected _kind(): string {
    return "Handle";
  }

  toString(): string {
    return this.__repr__();
  }
}

/** A task step queued by the loop itself (no closure, no argument array: the hot path). */
export class StepHandle extends Handle {
  constructor(
    readonly _task: { __step(exc?: unknown): void },
    readonly _exc: unknown,
  ) {
    super(noop, EMPTY);
  }

  override _run(): void {
    this._task.__step(this._exc);
  }
}

/** A task's wake-up after the future it awaited is done (one object instead of handle + array). */
export class WakeupHandle extends Handle {
  constructor(
    callback: (fut: never) => unknown,
    readonly _task: { __wakeup(fut: never): void },
    readonly _fut: unknown,
  ) {
    super(callback as (...args: unknown[]) => unknown, EMPTY);
  }

  override _run(): void {
    this._task.__wakeup(this._fut as never);
  }

  override _describe(): string {
    return `Task.task_wakeup(${repr(this._fut)})`;
  }
}

const EMPTY: unknown[] = [];
function noop(): void {}

/** A callback scheduled for a time (`call_later`, `call_at`); ordered by (deadline, sequence). */
export class TimerHandle extends Handle {
  constructor(
    /** Deadline in integer nanoseconds of loop time (Infinity for "never"). */
    readonly _whenNs: number,
    /** Scheduling sequence number: equal deadlines fire FIFO. */
    readonly _seq: number,
    callback: (...args: unknown[]) => unknown,
    args: unknown[],
  ) {
    super(callback, args);
  }

  /** The deadline in seconds of loop time, as `TimerHandle.when()`. */
  when(): number {
    return this._whenNs / 1e9;
  }

  /** `<TimerHandle when=1.0 bad(2)>` */
  override __repr__(): string {
    const when = `when=${floatRepr(this.when())}`;
    return this._cancelled
      ? `<TimerHandle cancelled ${when}>`
      : `<TimerHandle ${when} ${this._describe()}>`;
  }
}

pyClass(Handle, "asyncio.events", "Handle");
pyClass(TimerHandle, "asyncio.events", "TimerHandle");
