// The page's side of the run worker: compiles esbuild.wasm once, keeps a worker (and a spare)
// warm, runs programs in it, and on Stop terminates it and switches to the spare.
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

/** One run worker and whether esbuild-wasm is initialized in it. */
interface Slot {
  worker: Worker;
  ready: Promise<void>;
  isReady: boolean;
}

/**
 * Owns the run worker, plus a spare one initialized in the background once the first is ready,
 * so that after Stop the next worker is usually ready at once.
 */
export class Runner {
  private current: Slot;
  private spare: Slot | undefined;
  private readonly wasm: Promise<WebAssembly.Module>;
  private runId = 0;
  private handlers: RunHandlers | undefined;

  /** `onReadyChange` is told whenever the current worker becomes ready to compile, or stops being ready. */
  constructor(private readonly onReadyChange: (ready: boolean) => void) {
    this.wasm = compileWasm();
    this.current = this.spawn();
    this.onReadyChange(false);
    this.keepSpare();
  }

  /** Resolves once the current worker can compile. */
  get ready(): Promise<void> {
    return this.current.ready;
  }

  /** True while a program runs. */
  get running(): boolean {
    return this.handlers !== undefined;
  }

  /** Runs a program; a run already in progress is stopped first. */
  run(request: RunRequest, handlers: RunHandlers): void {
    if (this.running) this.stop();
    this.handlers = handlers;
    this.current.worker.postMessage({
      type: "run",
      runId: ++this.runId,
      ...request,
    } satisfies ToWorker);
  }

  /** Lets the worker compile a program ahead of its Run. */
  prepare(source: string, fileName: string): void {
    this.current.worker.postMessage({ type: "prepare", source, fileName } satisfies ToWorker);
  }

  /** Stops the current run: terminates the worker and switches to the spare (or a fresh one). */
  stop(): void {
    this.current.worker.terminate();
    const h = this.handlers;
    this.handlers = undefined;
    this.current = this.spare ?? this.spawn();
    this.spare = undefined;
    this.onReadyChange(this.current.isReady);
    this.keepSpare();
    h?.done(-1, 0);
  }

  /** Starts a spare worker once the current one is ready (so they do not compete at start-up). */
  private keepSpare(): void {
    const current = this.current;
    void current.ready.then(() => {
      if (current === this.current && this.spare === undefined) this.spare = this.spawn();
    });
  }

  private spawn(): Slot {
    const worker = new Worker(new URL("./run.worker.ts", import.meta.url), { type: "module" });
    let resolve!: () => void;
    const slot: Slot = { worker, ready: new Promise((r) => (resolve = r)), isReady: false };
    worker.onmessage = (ev: MessageEvent<FromWorker>) => {
      if (ev.data.type === "ready") {
        slot.isReady = true;
        resolve();
        if (slot === this.current) this.onReadyChange(true);
      } else if (slot === this.current) this.receive(ev.data);
    };
    // The worker reports its own errors; this only fires if it died anyway (e.g. out of memory).
    worker.onerror = (ev) => {
      ev.preventDefault();
      if (slot === this.spare) {
        worker.terminate();
        this.spare = undefined;
        return;
      }
      const text = `internal error: the run worker failed: ${ev.message}\n`;
      this.handlers?.output([{ stream: "stderr", text }], 0);
      this.stop();
    };
    void this.wasm.then((wasmModule) =>
      worker.postMessage({ type: "init", wasmModule } satisfies ToWorker),
    );
    return slot;
  }

  private receive(m: FromWorker): void {
    if (m.type === "ready") return;
    if (m.type === "init-failed") {
      const text = `esbuild failed to start: ${m.message}\n`;
      this.handlers?.output([{ stream: "stderr", text }], 0);
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
