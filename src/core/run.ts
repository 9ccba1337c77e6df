// Runs a Python program in Node: transpile → bundle with esbuild → import the bundle inside the
// runtime's runProgram, collecting stdout and stderr (the library's `run` and the CLI's `run`).
import * as esbuild from "esbuild";
import type { RuntimeEvent } from "../../runtime/events.js";
import * as runtime from "../../runtime/index.js";
import type { Diagnostic } from "../../transpiler/diagnostics.js";
import { transpile } from "../../transpiler/index.js";
import { compileProgramWithMap, RUNTIME_GLOBAL } from "./compile.js";
import { compilerDiagnostic, cpythonSyntaxError, isCPythonError } from "./diagnostic-text.js";
import { pythonSourceMap } from "./source-lines.js";

/** How to run a program; every field is optional. */
export interface RunOptions {
  /** The name tracebacks and warnings show, as given on a command line (default "main.py"). */
  fileName?: string;
  /** "virtual" (default): deterministic virtual time; "real": sleeps take real time. */
  clock?: "virtual" | "real";
  /** Seconds since 1970 UTC that virtual time 0 stands for (default 1735727400). */
  epoch?: number;
  /** Seed of the `random` module (default 0). */
  seed?: number;
  /** Virtual seconds after which the run stops with exit status 4. */
  maxTime?: number;
  /** `sys.argv[1:]`. */
  args?: string[];
  /** Receives output as it is written, besides the collected `stdout`/`stderr`. */
  onOutput?: (stream: "stdout" | "stderr", text: string) => void;
  /** Receives task-lifecycle events (for timelines). */
  onEvent?: (e: RuntimeEvent) => void;
}

/** What a run produced. */
export interface RunResult {
  stdout: string;
  stderr: string;
  /** 0, the SystemExit code, 1 (uncaught exception or compile error), 3 (deadlock), 4 (time limit). */
  exitCode: number;
  /** The transpiler's diagnostics (warnings included). */
  diagnostics: Diagnostic[];
}

// The runtime keeps one program's state in module globals, so runs take turns.
let previous: Promise<unknown> = Promise.resolve();
// Node caches modules by URL, and a data: URL is its text: the same program run twice would be
// evaluated once. A fragment numbering the run makes each import a new module.
let runCount = 0;

/** Transpiles, compiles and runs Python `source`, resolving when the program has ended. */
export function run(source: string, options: RunOptions = {}): Promise<RunResult> {
  const result = previous.then(() => runNow(source, options));
  previous = result.catch(() => undefined);
  return result;
}

/** The text a failed compile prints (CPython's SyntaxError block, or our diagnostics), or null. */
export function compileErrorText(
  source: string,
  diagnostics: Diagnostic[],
  fileName: string,
): string | null {
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) return null;
  // CPython stops at its first error; the transpiler lists syntax errors in CPython's order.
  const syntax = errors.find(isCPythonError);
  if (syntax !== undefined) return cpythonSyntaxError(source, syntax, fileName);
  return errors.map((d) => compilerDiagnostic(source, d, fileName)).join("");
}

async function runNow(source: string, options: RunOptions): Promise<RunResult> {
  const fileName = options.fileName ?? "main.py";
  const out: string[] = [];
  const err: string[] = [];
  const write = (stream: "stdout" | "stderr", text: string): void => {
    (stream === "stdout" ? out : err).push(text);
    options.onOutput?.(stream, text);
  };
  const transpiled = transpile(source, { fileName });
  const failure = compileErrorText(source, transpiled.diagnostics, fileName);
  if (failure !== null) {
    write("stderr", failure);
    return { stdout: "", stderr: failure, exitCode: 1, diagnostics: transpiled.diagnostics };
  }
  const compiled = await compileProgramWithMap(
    esbuild,
    transpiled.code,
    fileName.replace(/\.py$/, ".ts"),
  );
  (globalThis as Record<string, unknown>)[RUNTIME_GLOBAL] = runtime;
  runCount += 1;
  const url = `data:text/javascript;base64,${Buffer.from(compiled.code).toString("base64")}#run${runCount}`;
  const { exitCode } = await runtime.runProgram(() => import(/* @vite-ignore */ url), {
    clock: options.clock ?? "virtual",
    epoch: options.epoch,
    seed: options.seed,
    maxTime: options.maxTime,
    fileName,
    argv: options.args ?? [],
    sink: { write },
    onEvent: options.onEvent,
    sourceMap: pythonSourceMap(compiled.map, transpiled.map, source),
  });
  return {
    stdout: out.join(""),
    stderr: err.join(""),
    exitCode,
    diagnostics: transpiled.diagnostics,
  };
}
