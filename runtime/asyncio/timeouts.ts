// `asyncio.timeout(delay)` / `timeout_at(when)`: async context managers that cancel the task.
// Mirrors Lib/asyncio/timeouts.py (3.11).
import { pyClass } from "../builtins/classinfo.js";
import { RuntimeError } from "../builtins/exceptions.js";
import { repr } from "../builtins/repr.js";
import { async_def } from "./coroutine.js";
import { get_running_loop } from "./current.js";
import { CancelledError, TimeoutError } from "./exceptions.js";
import type { Handle } from "./handle.js";
import type { Task } from "./task.js";

type State = "created" | "active" | "expiring" | "expired" | "finished";

/** The object `timeout()` returns; `async with` it. */
export class Timeout {
  private _state: State = "created";
  private _timeout_handler: Handle | null = null;
  private _task: Task<unknown> | null = null;
  private _cancelling = 0;

  constructor(private _when: number | null) {}

  /** The deadline in loop time, or None. */
  when(): number | null {
    return this._when;
  }

  /** Moves the deadline (None: no deadline). */
  reschedule(when: number | null): void {
    if (this._state !== "active") {
      if (this._state === "created") throw new RuntimeError("Timeout has not been entered");
      throw new RuntimeError(`Cannot change state of ${this._state} Timeout`);
    }
    this._when = when;
    this._timeout_handler?.cancel();
    if (when === null || when === undefined) {
      this._timeout_handler = null;
      return;
    }
    const loop = get_running_loop();
    this._timeout_handler =
      when <= loop.time()
        ? loop.call_soon(() => this._on_timeout())
        : loop.call_at(when, () => this._on_timeout());
  }

  /** True once the deadline passed. */
  expired(): boolean {
    return this._state === "expiring" || this._state === "expired";
  }

  /** Enters: remembers the current task and arms the timer. */
  async __aenter__(): Promise<this> {
    if (this._state !== "created") throw new RuntimeError("Timeout has already been entered");
    const task = get_running_loop()._stepping;
    if (task === null) throw new RuntimeError("Timeout should be used inside a task");
    this._state = "active";
    this._task = task;
    this._cancelling = task.cancelling();
    this.reschedule(this._when);
    return this;
  }

  /** Exits: a cancellation caused by the deadline becomes TimeoutError. */
  async __aexit__(excType: unknown, excVal: unknown, _tb?: unknown): Promise<null> {
    this._timeout_handler?.cancel();
    this._timeout_handler = null;
    if (this._state === "expiring") {
      this._state = "expired";
      if (
        (this._task as Task<unknown>).uncancel() <= this._cancelling &&
        (excType === CancelledError || excVal instanceof CancelledError)
      ) {
        const err = new TimeoutError();
        err.__cause__ = excVal as CancelledError;
        err.__context__ = excVal as CancelledError;
        throw err;
      }
    } else if (this._state === "active") {
      this._state = "finished";
    }
    return null;
  }

  private _on_timeout(): void {
    (this._task as Task<unknown>).cancel();
    this._state = "expiring";
    this._timeout_handler = null;
  }

  /** `<Timeout [active] when=…>` */
  __repr__(): string {
    let when = "";
    if (this._state === "active") {
      when =
        this._when === null ? " when=None" : ` when=${repr(Math.round(this._when * 1000) / 1000)}`;
    }
    return `<Timeout [${this._state}]${when}>`;
  }
}
async_def.methods(Timeout, "__aenter__", "__aexit__");
pyClass(Timeout, "asyncio.timeouts");

/** `asyncio.timeout(delay)`: a Timeout at `loop.time() + delay` (None: never). */
export function timeout(delay: number | null): Timeout {
  const loop = get_running_loop();
  return new Timeout(delay === null || delay === undefined ? null : loop.time() + delay);
}

/** `asyncio.timeout_at(when)`: a Timeout at loop time `when`. */
export function timeout_at(when: number | null): Timeout {
  return new Timeout(when);
}
