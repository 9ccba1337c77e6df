// The run worker: esbuild-wasm (initialized once) and the runtime live here; each Run transpiles,
// bundles and imports the program from a blob: URL inside runProgram. The page stops a run by
// terminating this worker and starting a fresh one.
import * as esbuild from "esbuild-wasm";
import * as runtime from "../../runtime/index.js";
import type { RuntimeEvent } from "../../runtime/events.js";
import { runProgram } from "../../runtime/index.js";
import { transpile } from "../../transpiler/index.js";
import { compileProgramWithMap } from "../core/compile.js";
import { pythonSourceMap } from "../core/source-lines.js";
import { diagnosticText } from "./diagnostic-text.js";
import { OutputBatch } from "./output-batch.js";
import type { FromWorker, ToWorker } from "./protocol.js";

/** How often output reaches the page while a program runs, in milliseconds. */
const FLUSH_MS = 16;

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);
(globalThis as Record<string, unknown>).__asyncio_ts_runtime__ = runtime;

let ready: Promise<void> | undefined;

self.onmessage = (ev: MessageEvent<ToWorker>) => {
  const m = ev.data;
  if (m.type === "init") {
    const t0 = performance.now();
    ready = esbuild.initialize({ wasmModule: m.wasmModule, worker: false }).then(
      () => post({ type: "ready", initMs: performance.now() - t0 }),
      (e: unknown) => post({ type: "init-failed", message: String(e) }),
    );
  } else if (m.type === "run") {
    void (ready ?? Promise.resolve()).then(() => run(m));
  }
};

async function run(m: Extract<ToWorker, { type: "run" }>): Promise<void> {
  const t0 = performance.now();
  const batch = new OutputBatch();
  let lastFlush = t0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    lastFlush = performance.now();
    if (batch.pending) post({ type: "output", runId: m.runId, ...batch.take() });
  };
  const maybeFlush = () => {
    if (performance.now() - lastFlush >= FLUSH_MS) flush();
    else timer ??= setTimeout(flush, FLUSH_MS);
  };
  let exitCode: number;
  try {
    exitCode = await compileAndRun(m, {
      write(stream, text) {
        batch.write(stream, text);
        maybeFlush();
      },
      event(e) {
        batch.event(e);
        maybeFlush();
      },
    });
  } catch (e) {
    batch.write("stderr", `internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    exitCode = 70;
  }
  flush();
  post({ type: "done", runId: m.runId, exitCode, ms: performance.now() - t0 });
}

interface Sinks {
  write(stream: "stdout" | "stderr", text: string): void;
  event(e: RuntimeEvent): void;
}

async function compileAndRun(m: Extract<ToWorker, { type: "run" }>, out: Sinks): Promise<number> {
  const result = transpile(m.source, { fileName: m.fileName });
  if (result.diagnostics.some((d) => d.severity === "error")) {
    out.write("stderr", diagnosticText(m.source, m.fileName, result.diagnostics));
    return 1;
  }
  const compiled = await compileProgramWithMap(esbuild, result.code);
  const url = URL.createObjectURL(new Blob([compiled.code], { type: "text/javascript" }));
  try {
    const { exitCode } = await runProgram(() => import(/* @vite-ignore */ url), {
      clock: m.clock,
      fileName: m.fileName,
      sink: { write: out.write },
      onEvent: out.event,
      sourceMap: pythonSourceMap(compiled.map, result.map, m.source),
    });
    return exitCode;
  } finally {
    URL.revokeObjectURL(url);
  }
}
