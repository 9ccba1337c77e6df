// The run worker: esbuild-wasm (initialized once) and the runtime live here; each Run transpiles,
// bundles and imports the program from a blob: URL inside runProgram. The page stops a run by
// terminating this worker and starting a fresh one.
import * as esbuild from "esbuild-wasm";
import type { RuntimeEvent } from "../../runtime/events.js";
import * as runtime from "../../runtime/index.js";
import { transpile } from "../../transpiler/index.js";
import { compileProgramWithMap, RUNTIME_GLOBAL } from "../core/compile.js";
import { type PythonSourceMap, pythonSourceMap } from "../core/source-lines.js";
import { compileErrorText } from "./compile-error.js";
import { OutputBatch } from "./output-batch.js";
import type { FromWorker, ToWorker } from "./protocol.js";

/** How often output reaches the page while a program runs, in milliseconds. */
const FLUSH_MS = 16;
/** Virtual seconds after which a run stops with "virtual time limit exceeded" (as the conformance test). */
const MAX_VIRTUAL_TIME = 86_400;

type RunMessage = Extract<ToWorker, { type: "run" }>;

/** A program ready to import, or the error text that stops it from compiling. */
type Prepared = { js: string; sourceMap: PythonSourceMap } | { error: string };

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);
(globalThis as Record<string, unknown>)[RUNTIME_GLOBAL] = runtime;

let initialized!: (wasmModule: WebAssembly.Module) => void;
const ready = new Promise<WebAssembly.Module>((resolve) => (initialized = resolve)).then(
  async (wasmModule) => {
    const t0 = performance.now();
    try {
      await esbuild.initialize({ wasmModule, worker: false });
      post({ type: "ready", initMs: performance.now() - t0 });
    } catch (e) {
      post({ type: "init-failed", message: String(e) });
      throw e;
    }
  },
);

/** The last program compiled, so a Run right after a pause in typing skips the compile. */
let cache: { key: string; prepared: Promise<Prepared> } | undefined;

function prepare(source: string, fileName: string): Promise<Prepared> {
  const key = `${fileName}\0${source}`;
  if (cache?.key !== key) cache = { key, prepared: ready.then(() => compile(source, fileName)) };
  return cache.prepared;
}

async function compile(source: string, fileName: string): Promise<Prepared> {
  const result = transpile(source, { fileName });
  const error = compileErrorText(source, result.diagnostics, fileName);
  if (error !== null) return { error };
  const compiled = await compileProgramWithMap(
    esbuild,
    result.code,
    fileName.replace(/\.py$/, ".ts"),
  );
  return { js: compiled.code, sourceMap: pythonSourceMap(compiled.map, result.map, source) };
}

self.onmessage = (ev: MessageEvent<ToWorker>) => {
  const m = ev.data;
  if (m.type === "init") initialized(m.wasmModule);
  else if (m.type === "prepare") void prepare(m.source, m.fileName).catch(() => {});
  else void run(m);
};

async function run(m: RunMessage): Promise<void> {
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

async function compileAndRun(m: RunMessage, out: Sinks): Promise<number> {
  const prepared = await prepare(m.source, m.fileName);
  if ("error" in prepared) {
    out.write("stderr", prepared.error);
    return 1;
  }
  const url = URL.createObjectURL(new Blob([prepared.js], { type: "text/javascript" }));
  try {
    const { exitCode } = await runtime.runProgram(() => import(/* @vite-ignore */ url), {
      clock: m.clock,
      fileName: m.fileName,
      maxTime: m.clock === "virtual" ? MAX_VIRTUAL_TIME : undefined,
      sink: { write: out.write },
      onEvent: out.event,
      sourceMap: prepared.sourceMap,
    });
    return exitCode;
  } finally {
    URL.revokeObjectURL(url);
  }
}
