// One program run (contract §4): reset the runtime, run the compiled module, map the outcome to an
// exit code, print tracebacks and never-awaited warnings as CPython does at interpreter exit.
import { callbackSources, definitionIndex, enclosingQualname } from "./asyncio/callback-source.js";
import { monotonicSeconds, resetClock } from "./asyncio/clock.js";
import { type Coroutine, definitionStacks, resetCoroutines } from "./asyncio/coroutine.js";
import { current } from "./asyncio/current.js";
import { lifecycle } from "./asyncio/lifecycle.js";
import { locations } from "./asyncio/location.js";
import { reporting } from "./asyncio/report.js";
import { discardLateReports, flushLateReports } from "./asyncio/run.js";
import {
  AWAIT_SITES,
  awaitSpan,
  firstPyLine,
  framesOfStack,
  RUN_SITE,
  underlineAwaits,
} from "./asyncio/stack.js";
import { resetTaskCounters } from "./asyncio/task.js";
import { reportNeverAwaited, warningFormat } from "./asyncio/warnings.js";
import { NO_OWN_FRAMES, RAISE_SITE } from "./builtins/await-sites.js";
import { exc } from "./builtins/exc.js";
import {
  AttributeError,
  BaseException,
  IndexError,
  KeyError,
  NameError,
  SystemExit,
  TypeError,
  ZeroDivisionError,
} from "./builtins/exceptions.js";
import { callerSpan, failingSpan } from "./builtins/failing-span.js";
import { resetIds } from "./builtins/ids.js";
import { type OutputSink, setOutputSink, writeStderr } from "./builtins/output.js";
import { repr } from "./builtins/repr.js";
import { type Frame, formatException, fromHandler } from "./builtins/traceback.js";
import { emitEvent, type RuntimeEvent, setEventListener } from "./events.js";
import { resetRandom } from "./stdlib/random.js";
import { setArgv } from "./stdlib/sys.js";

/** How to run one program (contract §4). */
export interface ProgramOptions {
  clock: "virtual" | "real";
  /** Seconds since 1970 UTC (virtual clock); default 1735727400 (2025-01-01T10:30:00Z). */
  epoch?: number;
  /** Random seed; default 0. */
  seed?: number;
  /** Virtual seconds; exceeding them prints "virtual time limit exceeded" and exits 4. */
  maxTime?: number;
  /** As given on the command line; used in tracebacks and warnings. */
  fileName: string;
  argv?: string[];
  /** Receives stdout/stderr text. */
  sink: OutputSink;
  /** Task lifecycle, prints and blocking sleeps, for the timeline. */
  onEvent?: (e: RuntimeEvent) => void;
  sourceMap?: { pyLineOf(jsLine: number, jsCol: number): number | null; pyLines: string[] };
}

/** Where CPython's warnings point when a coroutine is dropped inside the loop. */
const LOOP_WARNING_SITE =
  "<stdlib>/asyncio/events.py:80: RuntimeWarning: coroutine '%s' was never awaited\n  self._context.run(self._callback, *self._args)\n";
const TRACEMALLOC = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";

/**
 * CPython warns where the coroutine is dropped: a temporary at the line that made it; one held in a
 * variable when its frame ends (inside the loop: asyncio's events.py; at module level: `sys:1`).
 */
function installWarningFormat(options: ProgramOptions): void {
  warningFormat.neverAwaited = (coro: Coroutine<unknown>) => {
    const name = coro.__qualname__;
    const line = firstPyLine(coro._origin, options);
    const src = line === null ? undefined : options.sourceMap?.pyLines[line - 1];
    if (line !== null && src !== undefined && !/^\s*[A-Za-z_][\w.]*\s*(:[^=]*)?=[^=]/.test(src)) {
      return `${options.fileName}:${line}: RuntimeWarning: coroutine '${name}' was never awaited\n  ${src.trim()}\n${TRACEMALLOC}`;
    }
    if (coro._inLoop) return LOOP_WARNING_SITE.replace("%s", name) + TRACEMALLOC;
    return `sys:1: RuntimeWarning: coroutine '${name}' was never awaited\n`;
  };
}

/** Resets every piece of runtime state for a fresh program. */
function resetRuntime(options: ProgramOptions): void {
  resetClock(options.clock, options.epoch ?? 1735727400, options.maxTime);
  resetTaskCounters();
  resetCoroutines();
  resetIds();
  discardLateReports();
  current.running = null;
  current.installed = null;
  lifecycle.aborted = false;
  lifecycle.generation += 1;
  lifecycle.hook = undefined;
  const generation = lifecycle.generation;
  setArgv([options.fileName, ...(options.argv ?? [])]);
  resetRandom(options.seed ?? 0);
  const onEvent = options.onEvent;
  setEventListener(onEvent);
  const sink = options.sink;
  setOutputSink({
    write(stream, text) {
      // An abandoned run (deadlock, time limit) writes nothing more, even from code still unwinding.
      if (lifecycle.aborted || lifecycle.generation !== generation) return;
      if (onEvent !== undefined) {
        const task = current.running?._stepping;
        emitEvent({
          kind: "print",
          time: monotonicSeconds(),
          task: task ? task._id : 0,
          name: task?.get_name(),
          stream,
          text,
        });
      }
      sink.write(stream, text);
    },
  });
  installWarningFormat(options);
  installTracebacks(options);
}

/** How many frames at the start of `next` repeat the last ones of `frames` (the longest such run). */
function overlap(frames: Frame[], next: Frame[]): number {
  const same = (a: Frame, b: Frame) => a.line === b.line && a.name === b.name;
  for (let k = Math.min(frames.length, next.length); k > 0; k--) {
    let all = true;
    for (let i = 0; i < k && all; i++) all = same(frames[frames.length - k + i]!, next[i]!);
    if (all) return k;
  }
  return 0;
}

/**
 * A caller's frame marks the call to the next frame's function, as CPython 3.11 does, when that
 * is a plain `def` called directly (a coroutine runs from the event loop or an `await`).
 */
function underlineCalls(frames: Frame[], pyLines: string[] | undefined): Frame[] {
  const plain = (name: string) =>
    pyLines?.some((l) => new RegExp(`^\\s*def\\s+${name}\\s*\\(`).test(l)) === true &&
    !pyLines.some((l) => new RegExp(`^\\s*async\\s+def\\s+${name}\\s*\\(`).test(l));
  return frames.map((f, i) => {
    const next = frames[i + 1];
    if (next === undefined || f.col !== undefined || f.source === undefined) return f;
    if (!/^[A-Za-z_]\w*$/.test(next.name) || !plain(next.name)) return f;
    const span = callerSpan(f.source, next.name);
    return span === null ? f : { ...f, col: span[0], endCol: span[1] };
  });
}

/** The binary operator a TypeError's message blames (not an augmented assignment's), if any. */
function operatorOf(message: string): string | undefined {
  const m = /^unsupported operand type\(s\) for (\*\* or pow\(\)|[^\s:]+):/.exec(message);
  if (m) return m[1]!.startsWith("**") ? "**" : m[1]!.endsWith("=") ? undefined : m[1];
  if (message.startsWith("can't multiply sequence")) return "*";
  if (message.startsWith("can only concatenate")) return "+";
  return undefined;
}

/** Marks the failing expression of the innermost frame when its line alone tells which it is. */
function underlineFailure(frames: Frame[], e: BaseException): Frame[] {
  const last = frames[frames.length - 1];
  if (last === undefined || last.col !== undefined || last.source === undefined) return frames;
  const kind =
    e instanceof ZeroDivisionError
      ? "ZeroDivisionError"
      : e instanceof KeyError
        ? "KeyError"
        : e instanceof IndexError
          ? "IndexError"
          : e instanceof AttributeError
            ? "AttributeError"
            : e instanceof NameError
              ? "NameError"
              : e instanceof TypeError
                ? "TypeError"
                : null;
  const attr = /has no attribute '(.*)'$/.exec(String(e.args[0]))?.[1];
  const name = /variable '(.*)' where|^name '(.*)' is not defined$/.exec(String(e.args[0]));
  const key =
    kind === "KeyError" && e.args.length === 1
      ? repr(e.args[0])
      : kind === "AttributeError"
        ? attr
        : kind === "NameError"
          ? (name?.[1] ?? name?.[2])
          : kind === "TypeError"
            ? operatorOf(String(e.args[0]))
            : undefined;
  const awaited =
    kind === "TypeError" && /can't be used in 'await' expression$/.test(String(e.args[0]));
  const span = awaited
    ? awaitSpan(last.source)
    : kind === null
      ? null
      : failingSpan(last.source, kind, key);
  if (span === null) return frames;
  return [...frames.slice(0, -1), { ...last, col: span[0], endCol: span[1] }];
}

/** Frames of Python code that the runtime plays itself, put after the program's frames (a frozen
 * dataclass's `__setattr__`, which CPython compiles from a string), and the attribute whose
 * assignment (or `del`) in the program's last frame raised. */
interface TailFrames {
  frames: Frame[];
  attribute?: string;
}
const TAIL_FRAMES = Symbol.for("asyncio-ts.tail-frames");

/** Where a dataclass's generated `__init__` ran (`markInitFrame` in stdlib/dataclasses.ts). */
interface InitFrame {
  classes: string[];
  line: number;
}
const INIT_FRAME = Symbol.for("asyncio-ts.init-frame");

/** The JS frames of a dataclass's implicit constructors (`class Item:` lines) become CPython's
 * `File "<string>", line N, in __init__`; the call before them is underlined. */
function initFrame(frames: Frame[], init: InitFrame): Frame[] {
  const isCtor = (f: Frame) => init.classes.includes(f.name) && /^\s*class\s/.test(f.source ?? "");
  const at = frames.findIndex(isCtor);
  if (at < 0) return frames;
  let end = at;
  while (end < frames.length && isCtor(frames[end]!)) end++;
  const out = [...frames.slice(0, at), { file: "<string>", line: init.line, name: "__init__" }];
  const caller = out[at - 1];
  if (caller?.source !== undefined && caller.col === undefined) {
    const span = callerSpan(caller.source, init.classes[0]!);
    if (span !== null) out[at - 1] = { ...caller, col: span[0], endCol: span[1] };
  }
  return [...out, ...frames.slice(end)];
}

const CALL_UNDERLINE = Symbol.for("asyncio-ts.call-underline");

/** Underlines the call `name(…)` in the last frame (an argument error of a runtime-made
 * `__init__`/`__new__`: `atCall` in stdlib/arguments.ts). */
function underlineCall(frames: Frame[], name: string): void {
  const last = frames[frames.length - 1];
  if (last?.source === undefined || last.col !== undefined) return;
  const span = callerSpan(last.source, name);
  if (span !== null) frames[frames.length - 1] = { ...last, col: span[0], endCol: span[1] };
}

/** Underlines `obj.attribute` where the last frame's line assigns or deletes it: CPython marks
 * the store instruction of a frame that called on. */
function underlineTarget(frames: Frame[], attribute: string | undefined): Frame[] {
  const last = frames[frames.length - 1];
  if (attribute === undefined || last?.source === undefined || last.col !== undefined)
    return frames;
  const target = `([A-Za-z_][\\w.]*\\.${attribute})`;
  const m =
    new RegExp(`${target}\\s*(?:[-+*/%&|^@]|//|\\*\\*|<<|>>)?=(?!=)`).exec(last.source) ??
    new RegExp(`\\bdel\\s+${target}\\b`).exec(last.source);
  if (m === null) return frames;
  const col = m.index + m[0].indexOf(m[1]);
  return [...frames.slice(0, -1), { ...last, col, endCol: col + m[1].length }];
}

/** Tracebacks with the program's Python frames (the `asyncio.run` call site first, when known). */
function installTracebacks(options: ProgramOptions): void {
  // An exception made in an expression (`fut.set_exception(ValueError("x"))`) and delivered
  // through an await was never raised where it was made: CPython's traceback starts at the await.
  const neverRaised = (stack: string, e: BaseException): boolean => {
    const made = framesOfStack(stack, options).at(-1)?.source?.trim();
    if (made === undefined || /^(raise|assert)\b/.test(made)) return false;
    return made.includes(`${e.constructor.name}(`);
  };
  const framesOf = (e: BaseException): Frame[] | undefined => {
    if (!options.sourceMap) return undefined;
    const site = (e as unknown as Record<symbol, string | undefined>)[RUN_SITE];
    const awaits = (e as unknown as Record<symbol, string[] | undefined>)[AWAIT_SITES] ?? [];
    const frames: Frame[] = [];
    // The same frame can come from two sources (an await site and the exception's own async
    // stack): keep it once where they meet.
    let own = (e as unknown as Record<symbol, boolean | undefined>)[NO_OWN_FRAMES]
      ? undefined
      : e.stack;
    const raised = (e as unknown as Record<symbol, string | undefined>)[RAISE_SITE];
    if (own !== undefined && (awaits.length > 0 || raised) && neverRaised(own, e)) own = undefined;
    for (const part of [site, ...awaits, raised]) {
      const more = framesOfStack(part, options);
      frames.push(...more.slice(overlap(frames, more)));
    }
    // `raise e` of a caught exception: after the raising line, its frames from where it was caught.
    const ownFrames = framesOfStack(own, options);
    const more = raised === undefined ? ownFrames : fromHandler(ownFrames, frames);
    frames.push(...more.slice(overlap(frames, more)));
    if (frames.length === 0) return undefined;
    const init = (e as unknown as Record<symbol, InitFrame | undefined>)[INIT_FRAME];
    const done = underlineFailure(
      underlineCalls(
        underlineAwaits(init === undefined ? frames : initFrame(frames, init)),
        options.sourceMap?.pyLines,
      ),
      e,
    );
    const called = (e as unknown as Record<symbol, string | undefined>)[CALL_UNDERLINE];
    if (called !== undefined) underlineCall(done, called);
    const tail = (e as unknown as Record<symbol, TailFrames | undefined>)[TAIL_FRAMES];
    return tail === undefined ? done : [...underlineTarget(done, tail.attribute), ...tail.frames];
  };
  reporting.formatException = (e) => formatException(e, framesOf);
  callbackSources.lookup = (fn, site) => {
    const lines = options.sourceMap?.pyLines;
    if (lines === undefined) return null;
    if (fn.name === "") {
      const frames = framesOfStack(site, options);
      const line = frames[frames.length - 1]?.line;
      if (line === undefined || !/\blambda\b/.test(lines[line - 1] ?? "")) return null;
      const qualname = `${enclosingQualname(lines, line - 1)}<lambda>`;
      return { qualname, at: `${options.fileName}:${line}` };
    }
    const first = definitionIndex(lines, fn.name);
    if (first < 0) return null;
    let def = first;
    while (lines[def]?.trim().startsWith("@")) def++;
    return {
      qualname: `${enclosingQualname(lines, def)}${fn.name}`,
      at: `${options.fileName}:${first + 1}`,
    };
  };
  locations.runningAt = (coro, stack) => {
    const frame = framesOfStack(stack, options).find((f) => f.name === coro.__name__);
    return frame === undefined ? null : `${options.fileName}:${frame.line}`;
  };
  locations.enclosingPrefix = (definition) => {
    const lines = options.sourceMap?.pyLines;
    const line = firstPyLine(definition, options);
    if (lines === undefined || line === null) return "";
    // The stack points at the `def` or at its first decorator.
    let def = line - 1;
    while (def < lines.length - 1 && lines[def]!.trim().startsWith("@")) def++;
    return enclosingQualname(lines, def);
  };
  locations.definedAt = (coro) => {
    const fn = coro._fn;
    const line = fn === null ? null : firstPyLine(definitionStacks.get(fn), options);
    return line === null ? null : `${options.fileName}:${line}`;
  };
}

/** CPython's exit status for an exception that reached the top: SystemExit's code, else 1. */
function exitCodeFor(e: unknown): number {
  // A native JS error that escaped the program stands for the Python exception it maps to.
  if (e instanceof Error && !(e instanceof BaseException)) e = exc(e);
  if (e instanceof SystemExit) {
    const code = e.code;
    if (code === null || code === undefined) return 0;
    if (typeof code === "number" && Number.isInteger(code)) return code;
    if (typeof code === "boolean") return code ? 1 : 0;
    const str = (code as { __str__?: () => string }).__str__;
    writeStderr(`${typeof str === "function" ? str.call(code) : String(code)}\n`);
    return 1;
  }
  writeStderr(reporting.formatException(e));
  return 1;
}

/**
 * Runs a compiled program: `main()` executes the module. Resolves with the exit code once the
 * module finished, or at once on deadlock (3) or virtual time limit (4), abandoning the program.
 */
export function runProgram(
  main: () => Promise<unknown>,
  options: ProgramOptions,
): Promise<{ exitCode: number }> {
  resetRuntime(options);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (exitCode: number) => {
      if (settled) return;
      settled = true;
      setEventListener(undefined);
      resolve({ exitCode });
    };
    lifecycle.hook = (exitCode, message) => {
      options.sink.write("stderr", `${message}\n`);
      finish(exitCode);
    };
    Promise.resolve()
      .then(main)
      .then(
        () => {
          if (lifecycle.aborted) return;
          flushLateReports();
          reportNeverAwaited(false);
          finish(0);
        },
        (e) => {
          if (lifecycle.aborted) return;
          const code = exitCodeFor(e);
          flushLateReports();
          reportNeverAwaited(false);
          finish(code);
        },
      );
  });
}
