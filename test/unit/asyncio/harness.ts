// Test harness: runs hand-written "emitted" TypeScript through runProgram and captures everything.
import { writeStdout } from "../../../runtime/builtins/output.js";
import type { RuntimeEvent } from "../../../runtime/events.js";
import { type ProgramOptions, runProgram } from "../../../runtime/program.js";

/** What a program run produced. */
export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  events: RuntimeEvent[];
}

/** Runs `main` as a program on the virtual clock (options may override) and captures its output. */
export async function run(
  main: () => Promise<unknown>,
  options: Partial<ProgramOptions> = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const events: RuntimeEvent[] = [];
  const { exitCode } = await runProgram(main, {
    clock: "virtual",
    fileName: "prog.py",
    sink: {
      write(stream, text) {
        if (stream === "stdout") stdout += text;
        else stderr += text;
      },
    },
    onEvent: (e) => events.push(e),
    ...options,
  });
  return { stdout, stderr, exitCode, events };
}

/** Python's float repr for the values these tests print (loop times, delays). */
export function flt(x: number): string {
  return Number.isInteger(x) ? x.toFixed(1) : String(x);
}

/** A minimal `print` for the tests: arguments joined by spaces (strings as is). */
export function print(...args: unknown[]): void {
  writeStdout(`${args.map((a) => (typeof a === "string" ? a : pyrepr(a))).join(" ")}\n`);
}

/** Python's repr for strings, numbers, booleans, None, lists and objects with `__repr__`. */
export function pyrepr(x: unknown): string {
  if (x === null || x === undefined) return "None";
  if (typeof x === "string") return `'${x}'`;
  if (typeof x === "boolean") return x ? "True" : "False";
  if (typeof x === "number") return String(x);
  if (Array.isArray(x)) return `[${x.map(pyrepr).join(", ")}]`;
  const r = (x as { __repr__?: () => string }).__repr__;
  if (typeof r === "function") return r.call(x);
  return String(x);
}
