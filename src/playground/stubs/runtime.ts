// Development stand-in for runtime/index.ts (helpers H2/H3) until it lands; vite.config.ts aliases to it.
import { emitEvent, type RuntimeEvent, setEventListener } from "../../../runtime/events.js";
import { type OutputSink, setOutputSink, writeStdout } from "../../../runtime/builtins/output.js";

/** Subset of the real ProgramOptions. */
export interface ProgramOptions {
  clock: "virtual" | "real";
  fileName: string;
  sink: OutputSink;
  onEvent?: (e: RuntimeEvent) => void;
  sourceMap?: { pyLineOf(jsLine: number, jsCol: number): number | null; pyLines: string[] };
}

/** Python's print, enough for the stub transpiler. */
export function print(...args: unknown[]): void {
  const text = `${args.map(String).join(" ")}\n`;
  writeStdout(text);
  emitEvent({ kind: "print", time: 0, task: 0, stream: "stdout", text });
}

/** Runs the compiled module and reports exit code 0 (1 if it threw). */
export async function runProgram(
  main: () => Promise<unknown>,
  options: ProgramOptions,
): Promise<{ exitCode: number }> {
  setOutputSink(options.sink);
  setEventListener(options.onEvent);
  emitEvent({ kind: "task-created", time: 0, task: 1, name: "Task-1" });
  emitEvent({ kind: "task-started", time: 0, task: 1, name: "Task-1" });
  try {
    await main();
    emitEvent({ kind: "task-done", time: 0, task: 1, name: "Task-1" });
    return { exitCode: 0 };
  } catch (e) {
    options.sink.write("stderr", `${String(e)}\n`);
    return { exitCode: 1 };
  }
}
