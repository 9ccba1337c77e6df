// Callback handles of the event loop. Mirrors Lib/asyncio/events.py Handle and TimerHandle.

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
}
