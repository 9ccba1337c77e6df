// Typed messages between the page and the run worker (run.worker.ts); the only shapes that cross.
import type { RuntimeEvent } from "../../runtime/events.js";
import type { Diagnostic } from "../../transpiler/diagnostics.js";

/** Which clock a run uses: virtual ("instant") or real time. */
export type ClockMode = "virtual" | "real";

/** Page → worker. */
export type ToWorker =
  | { type: "init"; wasmModule: WebAssembly.Module }
  /** Compile ahead of a Run (the page sends this while the learner pauses typing). */
  | { type: "prepare"; source: string; fileName: string }
  | { type: "run"; runId: number; source: string; fileName: string; clock: ClockMode };

/** One piece of program output. */
export interface OutputChunk {
  stream: "stdout" | "stderr";
  text: string;
}

/** Worker → page. */
export type FromWorker =
  | { type: "ready"; initMs: number }
  | { type: "init-failed"; message: string }
  | {
      type: "output";
      runId: number;
      chunks: OutputChunk[];
      /** Lines the worker discarded since the last batch because the page could not keep up. */
      dropped: number;
      events: RuntimeEvent[];
      /** Events discarded because the run produced more than the timeline keeps. */
      droppedEvents: number;
    }
  | { type: "done"; runId: number; exitCode: number; ms: number };

/** Page → transpile worker: translate this source. */
export interface TranspileRequest {
  id: number;
  source: string;
  fileName: string;
}

/** Transpile worker → page: the transpiler's result for request `id`. */
export interface TranspileReply {
  id: number;
  code: string;
  map: SourceMapJson;
  diagnostics: Diagnostic[];
  ms: number;
}

/** A source map as JSON (version 3). */
export interface SourceMapJson {
  version: 3;
  sources: (string | null)[];
  names: string[];
  mappings: string;
  file?: string | null;
  sourcesContent?: (string | null)[];
}
