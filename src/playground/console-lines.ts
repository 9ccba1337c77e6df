// The Output console's line model, without the DOM: chunks of stdout/stderr become lines (a line
// grows until its newline; the other stream's text starts a new line), capped to the newest
// MAX_LINES with a count of the dropped ones. output-view.ts draws it.
import type { OutputChunk } from "./protocol.js";

/** Lines the console keeps; older ones are removed and counted. */
export const MAX_LINES = 5000;

/** One console line. */
export interface ConsoleLine {
  stream: OutputChunk["stream"];
  text: string;
  /** Still waiting for its newline. */
  open: boolean;
}

/** What `write` did, for the view to mirror. */
export interface LineChanges {
  /** A line that existed and got longer. */
  grown(line: ConsoleLine): void;
  /** A new line. */
  added(line: ConsoleLine): void;
  /** A line that got its newline, or was cut off by the other stream or the end of the run. */
  closed(line: ConsoleLine): void;
}

const FILE_LINE = /^ {2}File "([^"]*)", line (\d+)/;

/** For a traceback frame line on stderr (`  File "…", line N, …`), N; otherwise null. */
export function tracebackLine(line: ConsoleLine): number | null {
  const m = line.stream === "stderr" ? FILE_LINE.exec(line.text) : null;
  return m ? Number(m[2]) : null;
}

/** The notice above the console once lines were dropped. */
export function droppedNotice(dropped: number): string {
  return `${dropped.toLocaleString("en")} earlier lines dropped (the console keeps the last ${MAX_LINES.toLocaleString("en")}).`;
}

/** The console's lines: at most `max`, the newest; `dropped` counts the rest. */
export class ConsoleLines {
  private list: ConsoleLine[] = [];
  /** Lines removed so far (here and, when added, by the worker). */
  dropped = 0;

  constructor(private readonly max = MAX_LINES) {}

  /** The lines kept, oldest first. */
  get lines(): readonly ConsoleLine[] {
    return this.list;
  }

  /** Adds a chunk of output, reporting each change to `on`. */
  write(chunk: OutputChunk, on: LineChanges): void {
    const parts = chunk.text.split("\n");
    parts.forEach((part, i) => {
      const endsLine = i < parts.length - 1;
      if (!endsLine && part === "") return;
      const last = this.list[this.list.length - 1];
      if (i === 0 && last?.open && last.stream === chunk.stream) {
        last.text += part;
        on.grown(last);
        if (endsLine) this.close(last, on);
        return;
      }
      if (last?.open) this.close(last, on);
      const line: ConsoleLine = { stream: chunk.stream, text: part, open: !endsLine };
      this.list.push(line);
      on.added(line);
      if (endsLine) on.closed(line);
    });
  }

  /** Closes the last line (the run ended without its newline). */
  closeAll(on: LineChanges): void {
    const last = this.list[this.list.length - 1];
    if (last?.open) this.close(last, on);
  }

  /** Removes the oldest lines beyond the cap, counts them in `dropped` and returns them. */
  trim(): ConsoleLine[] {
    const excess = this.list.length - this.max;
    if (excess <= 0) return [];
    this.dropped += excess;
    return this.list.splice(0, excess);
  }

  private close(line: ConsoleLine, on: LineChanges): void {
    line.open = false;
    on.closed(line);
  }
}
