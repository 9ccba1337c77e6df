// The page's side of the run worker: compiles esbuild.wasm once, keeps one worker warm, runs
// programs in it, and on Stop terminates it and starts a fresh one.
import wasmUrl from "esbuild-wasm/esbuild.wasm?url";
import type { RuntimeEvent } from "../../runtime/events.js";
import type { ClockMode, FromWorker, OutputChunk, ToWorker } from "./protocol.js";

/** What a run reports back while and after it runs. */
export interface RunHandlers {
  output(chunks: OutputChunk[], dropped: number): void;
  events(events: RuntimeEvent[], dropped: number): void;
  done(exitCode: number, ms: number): void;
}

/** What to run. */
export interface RunRequest {
  source: string;
  fileName: string;
  clock: ClockMode;
}

/** Owns the run worker. `ready` resolves when esbuild-wasm is initialized in it. */
export class Runner {
  private worker!: Worker;
  private wasm: Promise<WebAssembly.Module>;
  private runId = 0;
  private handlers: RunHandlers | undefined;
  private readyResolve!: () => void;
  /** Resolves once the current worker can compile. */
  ready!: Promise<void>;
  /** `onReadyChange` is told whenever a worker becomes ready to compile, or stops being ready. */
  constructor(private readonly onReadyChange: (ready: boolean) => void) {
    this.wasm = compileWasm();
    this.spawn();
  }

  /** True while a program runs. */
  get running(): boolean {
    return this.handlers !== undefined;
  }

  /** Runs a program; a run already in progress is stopped first. */
  run(request: RunRequest, handlers: RunHandlers): void {
    if (this.running) this.stop();
    this.handlers = handlers;
    this.send({ type: "run", runId: ++this.runId, ...request });
  }

  /** Lets the worker compile a program ahead of its Run. */
  prepare(source: string, fileName: string): void {
    this.send({ type: "prepare", source, fileName });
  }

  /** Stops the current run: terminates the worker and starts a fresh one. */
  stop(): void {
    this.worker.terminate();
    const h = this.handlers;
    this.handlers = undefined;
    this.spawn();
    h?.done(-1, 0);
  }

  private spawn(): void {
    this.onReadyChange(false);
    this.ready = new Promise((r) => (this.readyResolve = r));
    this.worker = new Worker(new URL("./run.worker.ts", import.meta.url), { type: "module" });
    this.worker.onmessage = (ev: MessageEvent<FromWorker>) => this.receive(ev.data);
    // The worker reports its own errors; this only fires if it died anyway (e.g. out of memory).
    this.worker.onerror = (ev) => {
      ev.preventDefault();
      const h = this.handlers;
      h?.output(
        [{ stream: "stderr", text: `internal error: the run worker failed: ${ev.message}\n` }],
        0,
      );
      this.stop();
    };
    const worker = this.worker;
    void this.wasm.then((wasmModule) => {
      if (worker === this.worker) this.send({ type: "init", wasmModule });
    });
  }

  private send(m: ToWorker): void {
    this.worker.postMessage(m);
  }

  private receive(m: FromWorker): void {
    if (m.type === "ready") {
      this.readyResolve();
      this.onReadyChange(true);
      return;
    }
    if (m.type === "init-failed") {
      this.handlers?.output(
        [{ stream: "stderr", text: `esbuild failed to start: ${m.message}\n` }],
        0,
      );
      return;
    }
    if (m.runId !== this.runId || !this.handlers) return;
    if (m.type === "output") {
      if (m.chunks.length > 0 || m.dropped > 0) this.handlers.output(m.chunks, m.dropped);
      if (m.events.length > 0 || m.droppedEvents > 0)
        this.handlers.events(m.events, m.droppedEvents);
    } else if (m.type === "done") {
      const h = this.handlers;
      this.handlers = undefined;
      h.done(m.exitCode, m.ms);
    }
  }
}

/** Compiles esbuild.wasm once per page; every worker gets the compiled module. */
async function compileWasm(): Promise<WebAssembly.Module> {
  const response = await fetch(wasmUrl);
  if (response.headers.get("content-type")?.startsWith("application/wasm")) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}
