// Collects a run's output and timeline events inside the worker and hands them over in bounded batches.
import type { RuntimeEvent } from "../../runtime/events.js";
import type { OutputChunk } from "./protocol.js";

/** At most this many output lines wait in one batch; older ones are dropped and counted. */
export const MAX_BATCH_LINES = 5000;
/** At most this many timeline events are kept per run. */
export const MAX_EVENTS = 20000;

/** One batch ready to post to the page. */
export interface Batch {
  chunks: OutputChunk[];
  dropped: number;
  events: RuntimeEvent[];
  droppedEvents: number;
}

/** Buffers output so a flood costs bounded memory: only the newest MAX_BATCH_LINES lines survive. */
export class OutputBatch {
  private chunks: OutputChunk[] = [];
  private lines = 0;
  private dropped = 0;
  private events: RuntimeEvent[] = [];
  private eventCount = 0;
  private droppedEvents = 0;

  /** Adds program output. */
  write(stream: OutputChunk["stream"], text: string): void {
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.stream === stream) last.text += text;
    else this.chunks.push({ stream, text });
    this.lines += countNewlines(text);
    // Trimming only at twice the limit keeps the cost per write constant on average.
    if (this.lines > 2 * MAX_BATCH_LINES) this.trim();
  }

  /** Adds a timeline event, unless the run already produced MAX_EVENTS. */
  event(e: RuntimeEvent): void {
    if (this.eventCount >= MAX_EVENTS) {
      this.droppedEvents++;
      return;
    }
    this.eventCount++;
    this.events.push(e);
  }

  /** True when there is something to post. */
  get pending(): boolean {
    return (
      this.chunks.length > 0 || this.events.length > 0 || this.dropped > 0 || this.droppedEvents > 0
    );
  }

  /** Takes everything buffered so far. */
  take(): Batch {
    if (this.lines > MAX_BATCH_LINES) this.trim();
    const batch = {
      chunks: this.chunks,
      dropped: this.dropped,
      events: this.events,
      droppedEvents: this.droppedEvents,
    };
    this.chunks = [];
    this.lines = 0;
    this.dropped = 0;
    this.events = [];
    this.droppedEvents = 0;
    return batch;
  }

  private trim(): void {
    while (this.lines > MAX_BATCH_LINES && this.chunks.length > 0) {
      const first = this.chunks[0]!;
      const excess = this.lines - MAX_BATCH_LINES;
      const n = countNewlines(first.text);
      if (n <= excess && this.chunks.length > 1) {
        this.chunks.shift();
        this.lines -= n;
        this.dropped += n;
        continue;
      }
      let cut = 0;
      for (let i = 0; i < excess; i++) cut = first.text.indexOf("\n", cut) + 1;
      first.text = first.text.slice(cut);
      this.lines -= excess;
      this.dropped += excess;
    }
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
