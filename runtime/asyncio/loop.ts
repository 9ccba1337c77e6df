// The event loop: a FIFO ready queue and a timer heap, run one task step at a time.
// Mirrors Lib/asyncio/base_events.py (`_run_once`, `run_until_complete`, `call_soon`, `call_at`).
import { pyClass } from "../builtins/classinfo.js";
import { exc } from "../builtins/exc.js";
import {
  BaseException,
  Exception,
  KeyboardInterrupt,
  RuntimeError,
  SystemExit,
} from "../builtins/exceptions.js";
import { splitKwargs } from "../builtins/kwargs.js";
import { repr } from "../builtins/repr.js";
import { noteCallbackSite } from "./callback-source.js";
import { clock, nowNs, rhu } from "./clock.js";
import { Coroutine } from "./coroutine.js";
import { current } from "./current.js";
import { ensure_future } from "./ensure.js";
import { Future } from "./future.js";
import { gather } from "./gather.js";
import { Handle, StepHandle, TimerHandle, WakeupHandle } from "./handle.js";
import { TimerHeap } from "./heap.js";
import { abortProgram, lifecycle } from "./lifecycle.js";
import { reportException } from "./report.js";
import { Task } from "./task.js";

/** How long a real-clock run may compute before it lets the host event loop breathe (ms). */
const REAL_SLICE_MS = 15;
/** The longest delay `setTimeout` accepts (longer waits are re-armed when it fires). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Python's asyncio event loop (one per `asyncio.run`). */
export class EventLoop {
  private queue: (Handle | undefined)[] = [];
  private head = 0;
  private timers = new TimerHeap();
  private seq = 0;
  /** Handles left to run in the current `_run_once` iteration. */
  private ntodo = 0;
  private driving = false;
  private stopping = false;
  private closed = false;
  private lastYieldMs = 0;
  private onStopped: (() => void) | null = null;
  private onFatal: ((e: unknown) => void) | null = null;
  /** The task whose step is in progress (`current_task()`); the loop waits for it. */
  _stepping: Task<unknown> | null = null;
  /** Async generators started on this loop and not finished (for `shutdown_asyncgens`). */
  _asyncgens = new Set<{ aclose(): PromiseLike<unknown> }>();
  /** Tasks not yet done, in creation order (`all_tasks()`). */
  _tasks = new Set<Task<unknown>>();
  /** Tasks that ended with an exception; reported at the end of `asyncio.run` unless retrieved. */
  _unretrieved: Task<unknown>[] = [];
  private readonly generation = lifecycle.generation;
  private exceptionHandler: ((loop: EventLoop, context: Record<string, unknown>) => void) | null =
    null;

  private get readyCount(): number {
    return this.queue.length - this.head;
  }

  private pushReady(h: Handle): void {
    this.queue.push(h);
  }

  private popReady(): Handle {
    const h = this.queue[this.head] as Handle;
    this.queue[this.head] = undefined;
    this.head += 1;
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return h;
  }

  /** Schedules `callback(...args)` at the end of the ready queue. */
  call_soon(callback: (...args: never[]) => unknown, ...args: unknown[]): Handle {
    const pos = args.length === 0 ? args : splitKwargs(args)[0];
    this.checkClosed();
    noteCallbackSite(callback);
    const h = new Handle(callback as (...a: unknown[]) => unknown, pos);
    this.pushReady(h);
    return h;
  }

  /** Internal fast path of `call_soon` (no kwargs, no closed check). */
  _callSoon(callback: (...args: never[]) => unknown, arg: unknown): Handle {
    const h = new Handle(callback as (...a: unknown[]) => unknown, [arg]);
    this.pushReady(h);
    return h;
  }

  /** Queues a task's wake-up callback for a done future (internal). */
  _callWakeup(
    cb: (fut: never) => unknown,
    task: { __wakeup(fut: never): void },
    fut: unknown,
  ): void {
    this.pushReady(new WakeupHandle(cb, task, fut));
  }

  /** Queues a task step (internal). */
  _callStep(task: { __step(exc?: unknown): void }, exc: unknown): void {
    this.pushReady(new StepHandle(task, exc));
  }

  /** Schedules `callback(...args)` after `delay` seconds. */
  call_later(
    delay: number,
    callback: (...args: never[]) => unknown,
    ...args: unknown[]
  ): TimerHandle {
    const [pos] = splitKwargs(args);
    noteCallbackSite(callback);
    return this._timerAtNs(nowNs() + rhu(delay * 1e9), callback, pos);
  }

  /** Schedules `callback(...args)` at loop time `when` (seconds). */
  call_at(when: number, callback: (...args: never[]) => unknown, ...args: unknown[]): TimerHandle {
    const [pos] = splitKwargs(args);
    noteCallbackSite(callback);
    return this._timerAtNs(rhu(when * 1e9), callback, pos);
  }

  _timerAtNs(
    whenNs: number,
    callback: (...args: never[]) => unknown,
    args: unknown[],
  ): TimerHandle {
    this.checkClosed();
    const ns = Number.isFinite(whenNs) && whenNs < 9e18 ? whenNs : Number.POSITIVE_INFINITY;
    this.seq += 1;
    const t = new TimerHandle(ns, this.seq, callback as (...a: unknown[]) => unknown, args);
    this.timers.push(t);
    return t;
  }

  /** The loop's clock in seconds. */
  time(): number {
    return nowNs() / 1e9;
  }

  /** A new Future bound to this loop. */
  create_future<T = unknown>(): Future<T> {
    return new Future<T>({ loop: this });
  }

  /** Wraps a coroutine in a Task scheduled on this loop. */
  create_task<T>(coro: Coroutine<T>, ...rest: unknown[]): Task<T> {
    const name = rest.length === 0 ? undefined : (splitKwargs(rest)[1].name as string | undefined);
    this.checkClosed();
    return Task._make<T>(coro, this, name);
  }

  /** True inside `run_until_complete`. */
  is_running(): boolean {
    return current.running === this;
  }

  /** True after `close()`. */
  is_closed(): boolean {
    return this.closed;
  }

  /** Stops the loop after the current iteration. */
  stop(): void {
    this.stopping = true;
  }

  /** Closes the loop; it must not be running. */
  close(): void {
    if (this.is_running()) throw new RuntimeError("Cannot close a running event loop");
    if (this.closed) return;
    this.closed = true;
    this.queue = [];
    this.head = 0;
    this.timers.clear();
  }

  private checkClosed(): void {
    if (this.closed) throw new RuntimeError("Event loop is closed");
  }

  /** Sets the handler `call_exception_handler` uses (None restores the default). */
  set_exception_handler(
    handler: ((loop: EventLoop, context: Record<string, unknown>) => void) | null,
  ): void {
    this.exceptionHandler = handler;
  }

  /** Reports an error that has nowhere else to go, as CPython's default handler logs it. */
  call_exception_handler(context: Record<string, unknown>): void {
    if (this.exceptionHandler) this.exceptionHandler(this, context);
    else this.default_exception_handler(context);
  }

  /** CPython's default handler: message, the object, and the traceback on stderr. */
  default_exception_handler(context: Record<string, unknown>): void {
    reportException(context);
  }

  /** Runs a synchronous function "in an executor": inline, in a task (documented limitation). */
  run_in_executor(
    _executor: unknown,
    func: (...args: unknown[]) => unknown,
    ...args: unknown[]
  ): Future<unknown> {
    const fut = this.create_future<unknown>();
    try {
      fut.set_result(func(...args));
    } catch (e) {
      fut.set_exception(e);
    }
    return fut;
  }

  /** Closes the async generators still open on this loop, all at once (a gather of their aclose()). */
  shutdown_asyncgens(): Coroutine<void> {
    return internal(
      new Coroutine<void>(
        async () => {
          const gens = [...this._asyncgens];
          this._asyncgens.clear();
          if (gens.length === 0) return;
          const results = await gather(...gens.map((g) => g.aclose()), { return_exceptions: true });
          results.forEach((result, i) => {
            if (result instanceof Exception) {
              this.call_exception_handler({
                message: `an error occurred during closing of asynchronous generator ${repr(gens[i])}`,
                exception: result,
                asyncgen: gens[i],
              });
            }
          });
        },
        null,
        [],
        "shutdown_asyncgens",
        "BaseEventLoop.shutdown_asyncgens",
      ),
    );
  }

  /** Nothing runs in executors here; kept for `asyncio.run`'s shutdown sequence. */
  shutdown_default_executor(): Coroutine<void> {
    return internal(
      new Coroutine<void>(
        async () => {},
        null,
        [],
        "shutdown_default_executor",
        "BaseEventLoop.shutdown_default_executor",
      ),
    );
  }

  /**
   * Runs the loop until `future` is done; resolves with its result (or rejects with its
   * exception). The returned promise is the only native promise per run.
   */
  run_until_complete<T>(future: PromiseLike<T> | Future<T>): Promise<T> {
    this.checkClosed();
    if (current.running !== null) {
      return Promise.reject(
        new RuntimeError(
          current.running === this
            ? "This event loop is already running"
            : "Cannot run the event loop while another loop is running",
        ),
      );
    }
    const isNew = !(future instanceof Future);
    const fut = ensure_future(future, { loop: this }) as Future<T>;
    return new Promise<T>((resolve, reject) => {
      // Mirrors `_run_until_complete_cb`: a SystemExit/KeyboardInterrupt already ended the run.
      const done = (f: Future<unknown>) => {
        if (!f.cancelled()) {
          const exc = f.exception();
          if (exc instanceof SystemExit || exc instanceof KeyboardInterrupt) return;
        }
        this.stop();
      };
      fut.add_done_callback(done);
      current.running = this;
      this.onStopped = () => {
        fut.remove_done_callback(done);
        if (!fut.done()) {
          reject(new RuntimeError("Event loop stopped before Future completed."));
          return;
        }
        try {
          resolve(fut.result());
        } catch (e) {
          reject(e);
        }
      };
      this.onFatal = (e) => {
        fut.remove_done_callback(done);
        if (isNew && fut.done() && !fut.cancelled()) fut.exception();
        reject(e);
      };
      this.lastYieldMs = performance.now();
      this._drive();
    });
  }

  /** Runs the loop until `stop()` is called (a promise: the caller awaits it). */
  run_forever(): Promise<null> {
    this.checkClosed();
    if (current.running !== null) {
      return Promise.reject(new RuntimeError("This event loop is already running"));
    }
    return new Promise<null>((resolve, reject) => {
      current.running = this;
      this.onStopped = () => resolve(null);
      this.onFatal = reject;
      this.lastYieldMs = performance.now();
      this._drive();
    });
  }

  /** Same as `call_soon` (there are no other threads). */
  call_soon_threadsafe(callback: (...args: never[]) => unknown, ...args: unknown[]): Handle {
    return this.call_soon(callback, ...args);
  }

  /** The running task's step has ended (it suspended or finished): go on with the queue. */
  _stepEnded(): void {
    this._stepping = null;
    this._drive();
  }

  /** A SystemExit/KeyboardInterrupt left a callback or task: it ends `run_until_complete`. */
  _fatal(e: unknown): void {
    this._stepping = null;
    this.stopping = false;
    this.ntodo = 0;
    current.running = null;
    const f = this.onFatal;
    this.onFatal = null;
    this.onStopped = null;
    f?.(e);
  }

  /**
   * Runs handles until a task step is in flight (its end re-enters here), the loop stops,
   * or it must wait (real clock). One `_run_once` iteration may span several re-entries.
   */
  _drive(): void {
    if (this.driving) return;
    this.driving = true;
    try {
      while (this.live() && this._stepping === null && current.running === this) {
        if (this.ntodo === 0) {
          if (this.stopping) {
            this.finishRun();
            return;
          }
          if (!this.beginIteration()) return;
          continue;
        }
        const h = this.popReady();
        this.ntodo -= 1;
        if (h._cancelled) continue;
        try {
          h._run();
        } catch (e) {
          if (e instanceof SystemExit || e instanceof KeyboardInterrupt) {
            this._fatal(e);
            return;
          }
          this.call_exception_handler({
            message: `Exception in callback ${h._describe()}`,
            exception: e instanceof Error && !(e instanceof BaseException) ? exc(e) : e,
            handle: h,
          });
        }
      }
    } finally {
      this.driving = false;
    }
  }

  /** False once this loop's program was abandoned or a newer program started. */
  private live(): boolean {
    return !lifecycle.aborted && lifecycle.generation === this.generation;
  }

  private finishRun(): void {
    this.stopping = false;
    current.running = null;
    const f = this.onStopped;
    this.onStopped = null;
    this.onFatal = null;
    f?.();
  }

  /** The start of `_run_once`: wait (jump) for the earliest timer if idle, then collect due timers. */
  private beginIteration(): boolean {
    const timers = this.timers;
    while (timers.size > 0 && (timers.peek() as TimerHandle)._cancelled) timers.pop();
    if (this.readyCount === 0 && !this.stopping) {
      const next = timers.peek();
      if (next === undefined || next._whenNs === Number.POSITIVE_INFINITY) {
        abortProgram(3, `deadlock: ${this.describeDeadlock()}`);
        return false;
      }
      if (clock.mode === "virtual") {
        if (next._whenNs > clock.ns) {
          if (next._whenNs > clock.maxNs) {
            abortProgram(4, "virtual time limit exceeded");
            return false;
          }
          clock.ns = next._whenNs;
        }
      } else {
        const waitMs = (next._whenNs - nowNs()) / 1e6;
        if (waitMs > 0) {
          setTimeout(() => this._drive(), Math.min(Math.ceil(waitMs), MAX_TIMEOUT_MS));
          return false;
        }
      }
    } else if (clock.mode === "real" && performance.now() - this.lastYieldMs > REAL_SLICE_MS) {
      this.lastYieldMs = performance.now();
      setTimeout(() => this._drive(), 0);
      return false;
    }
    const now = nowNs();
    for (let t = timers.peek(); t !== undefined && t._whenNs <= now; t = timers.peek()) {
      timers.pop();
      this.pushReady(t);
    }
    this.ntodo = this.readyCount;
    return true;
  }

  private describeDeadlock(): string {
    const waiting = [...this._tasks].filter((t) => !t.done()).map((t) => t.get_name());
    const who =
      waiting.length > 0 ? `${waiting.join(", ")} wait forever` : "the program waits forever";
    return `nothing is ready and no timer is pending; ${who}`;
  }

  /**
   * `<_UnixSelectorEventLoop running=True closed=False debug=False>`; on the virtual clock the
   * class is the reference runner's `VirtualEventLoop` (VIRTUAL-TIME.md: a loop of its own).
   */
  __repr__(): string {
    const cls = clock.mode === "virtual" ? "VirtualEventLoop" : "_UnixSelectorEventLoop";
    const b = (x: boolean) => (x ? "True" : "False");
    return `<${cls} running=${b(this.is_running())} closed=${b(this.closed)} debug=False>`;
  }

  toString(): string {
    return this.__repr__();
  }
}

function internal<T>(coro: Coroutine<T>): Coroutine<T> {
  coro._internal = true;
  return coro;
}

pyClass(EventLoop, "asyncio.unix_events", "_UnixSelectorEventLoop");
current.makeLoop = () => new EventLoop();
