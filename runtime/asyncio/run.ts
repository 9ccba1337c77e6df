// `asyncio.run` and `asyncio.Runner`: a fresh loop per run, leftover tasks cancelled at the end.
// Mirrors Lib/asyncio/runners.py (3.11) and its `_cancel_all_tasks`.
import { KeyboardInterrupt, RuntimeError, SystemExit, ValueError } from "../builtins/exceptions.js";
import { splitKwargs } from "../builtins/kwargs.js";
import { type Coroutine, isCoroutine } from "./coroutine.js";
import { current, newEventLoop, set_event_loop } from "./current.js";
import { reprOf } from "./future.js";
import { gather } from "./gather.js";
import type { EventLoop } from "./loop.js";
import { RUN_SITE } from "./stack.js";
import { reportNeverAwaited } from "./warnings.js";

/** `asyncio.Runner`: runs coroutines on one loop and closes it, cancelling what is left. */
export class Runner {
  private loop: EventLoop | null = null;
  private state: "created" | "initialized" | "closed" = "created";

  /** `async with Runner() as r` / `with`: returns itself. */
  __enter__(): this {
    this.lazyInit();
    return this;
  }

  /** Closes the runner (a promise: closing runs the loop to cancel leftover tasks). */
  __exit__(..._args: unknown[]): Promise<boolean> {
    return this.close().then(() => false);
  }

  /** The runner's loop. */
  get_loop(): EventLoop {
    this.lazyInit();
    return this.loop as EventLoop;
  }

  /** Runs a coroutine to completion on the runner's loop; resolves with its result. */
  run<T>(coro: PromiseLike<T>, ..._rest: unknown[]): Promise<T> {
    if (!isCoroutine(coro)) throw new ValueError(`a coroutine was expected, got ${reprOf(coro)}`);
    if (current.running !== null) {
      throw new RuntimeError("Runner.run() cannot be called from a running event loop");
    }
    this.lazyInit();
    const loop = this.loop as EventLoop;
    const task = loop.create_task(coro as Coroutine<T>);
    return loop.run_until_complete(task);
  }

  /** Cancels leftover tasks, closes async generators and the loop. */
  async close(): Promise<void> {
    if (this.state !== "initialized") return;
    const loop = this.loop as EventLoop;
    try {
      await cancelAllTasks(loop);
      await loop.run_until_complete(loop.shutdown_asyncgens());
      await loop.run_until_complete(loop.shutdown_default_executor());
    } finally {
      set_event_loop(null);
      loop.close();
      if (late.deferring) late.reports.push(() => reportUnretrieved(loop));
      else if (late.deferHeld) {
        // The traceback of main's exception keeps main's frame, and the tasks it holds, alive.
        late.deferHeld = false;
        reportUnretrieved(loop, "implicit");
        late.reports.push(() => reportUnretrieved(loop, "held"));
      } else reportUnretrieved(loop);
      reportNeverAwaited(true);
      this.loop = null;
      this.state = "closed";
    }
  }

  private lazyInit(): void {
    if (this.state === "closed") throw new RuntimeError("Runner is closed");
    if (this.state === "initialized") return;
    this.loop = newEventLoop();
    set_event_loop(this.loop);
    this.state = "initialized";
  }
}

async function cancelAllTasks(loop: EventLoop): Promise<void> {
  const toCancel = [...loop._tasks].filter((t) => !t.done());
  if (toCancel.length === 0) return;
  for (const t of toCancel) t.cancel();
  await loop.run_until_complete(gather(...toCancel, { return_exceptions: true }));
  for (const t of toCancel) {
    if (t.cancelled()) continue;
    if (t.exception() !== null) {
      loop.call_exception_handler({
        message: "unhandled exception during asyncio.run() shutdown",
        exception: t.exception(),
        task: t,
      });
    }
  }
}

/**
 * Reports held back until the program has printed its SystemExit/KeyboardInterrupt: CPython
 * collects those tasks at interpreter shutdown, after the exit message. `deferHeld`: main raised,
 * so the tasks its frame holds are reported after the traceback (the traceback keeps the frame).
 */
const late = { deferring: false, deferHeld: false, reports: [] as (() => void)[] };

/** Writes the held-back reports (runtime/program.ts calls this once the program ended). */
export function flushLateReports(): void {
  const reports = late.reports;
  late.reports = [];
  late.deferring = false;
  for (const r of reports) r();
}

/** Drops held-back reports of an abandoned run (program start). */
export function discardLateReports(): void {
  late.reports = [];
  late.deferring = false;
  late.deferHeld = false;
}

/** "Task exception was never retrieved" for failed tasks nobody asked (CPython logs it on collection). */
function reportUnretrieved(loop: EventLoop, which: "all" | "implicit" | "held" = "all"): void {
  // CPython reports on collection: tasks only the runtime held (as_completed's, gather's) go first;
  // tasks the program held in variables live until their frame ends.
  const implicit = loop._unretrieved.filter((t) => t._implicit);
  const held = loop._unretrieved.filter((t) => !t._implicit);
  const now = which === "held" ? held : which === "implicit" ? implicit : [...implicit, ...held];
  loop._unretrieved = which === "implicit" ? held : which === "held" ? implicit : [];
  for (const t of now) {
    if (!t._log_traceback) continue;
    t._log_traceback = false;
    loop.call_exception_handler({
      message: `${t._className()} exception was never retrieved`,
      exception: t._exception,
      future: t,
    });
  }
}

/**
 * `asyncio.run(main)`: runs `main` on a new loop and returns (a promise of) its result. Misuse
 * (inside a running loop, not a coroutine) raises at once, as in CPython.
 */
export function run<T>(main: PromiseLike<T>, ...rest: unknown[]): Promise<T> {
  splitKwargs(rest);
  if (current.running !== null) {
    throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
  }
  const site = new Error().stack;
  const runner = new Runner();
  let outcome: { ok: true; value: T } | { ok: false; error: unknown };
  return runner
    .run(main)
    .then(
      (value) => {
        outcome = { ok: true, value };
      },
      (error) => {
        outcome = { ok: false, error };
        if (error instanceof SystemExit || error instanceof KeyboardInterrupt)
          late.deferring = true;
        else late.deferHeld = true;
      },
    )
    .then(() => runner.close())
    .then(() => {
      if (outcome.ok) return outcome.value;
      const e = outcome.error;
      if (typeof e === "object" && e !== null && !(RUN_SITE in e)) {
        Object.defineProperty(e, RUN_SITE, { value: site, configurable: true });
      }
      throw e;
    });
}
