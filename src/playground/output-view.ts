// The Output console: program text rendered as text nodes (never HTML), stdout and stderr styled
// apart, capped to the newest MAX_LINES lines, traceback lines clickable to jump to the Python line.
import { OutputBatch } from "./output-batch.js";
import type { OutputChunk } from "./protocol.js";

/** Lines the console keeps; older ones are removed and counted. */
export const MAX_LINES = 5000;

const FILE_LINE = /^ {2}File "([^"]*)", line (\d+)/;

interface Line {
  el: HTMLElement;
  stream: OutputChunk["stream"];
  text: string;
  open: boolean;
}

/** The console element and its line model. */
export class OutputView {
  private lines: Line[] = [];
  private dropped = 0;
  /** Output received but not drawn yet: drawn once per frame, so a flood cannot queue up work. */
  private pending = new OutputBatch();
  private frame = 0;
  private readonly body: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly status: HTMLElement;

  /** `jump` is called with a Python line number when a traceback line is clicked. */
  constructor(
    readonly root: HTMLElement,
    private readonly jump: (line: number) => void,
  ) {
    this.notice = el("div", "out-dropped");
    this.notice.hidden = true;
    this.body = el("div", "out-body");
    this.status = el("div", "out-status");
    root.append(this.notice, this.body, this.status);
  }

  /** Empties the console. */
  clear(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending.take();
    this.lines = [];
    this.dropped = 0;
    this.body.replaceChildren();
    this.notice.hidden = true;
    this.status.textContent = "";
  }

  /** Queues output for the next frame; `dropped` lines were already discarded by the worker. */
  append(chunks: OutputChunk[], dropped: number): void {
    this.dropped += dropped;
    for (const c of chunks) this.pending.write(c.stream, c.text);
    this.frame ||= requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    this.frame = 0;
    const { chunks, dropped } = this.pending.take();
    this.dropped += dropped;
    const stick = this.body.scrollTop + this.body.clientHeight >= this.body.scrollHeight - 4;
    const fragment = document.createDocumentFragment();
    for (const chunk of chunks) this.appendChunk(chunk, fragment);
    this.body.append(fragment);
    this.trim();
    if (stick) this.body.scrollTop = this.body.scrollHeight;
  }

  /** Shows how the run ended. */
  finish(exitCode: number, ms: number): void {
    cancelAnimationFrame(this.frame);
    this.draw();
    for (const line of this.lines) this.close(line);
    this.status.textContent =
      exitCode < 0 ? "Stopped." : `Exited with code ${exitCode} in ${Math.round(ms)} ms.`;
  }

  private appendChunk(chunk: OutputChunk, fragment: DocumentFragment): void {
    const parts = chunk.text.split("\n");
    parts.forEach((part, i) => {
      const last = this.lines[this.lines.length - 1];
      const endsLine = i < parts.length - 1;
      if (i === parts.length - 1 && part === "") return;
      if (i === 0 && last?.open && last.stream === chunk.stream) {
        last.text += part;
        last.el.textContent = last.text;
        last.open = !endsLine;
        if (!last.open) this.close(last);
        return;
      }
      if (last?.open) this.close(last);
      const line: Line = {
        el: el("div", `out-line ${chunk.stream}`),
        stream: chunk.stream,
        text: part,
        open: !endsLine,
      };
      line.el.textContent = part;
      if (!line.open) this.close(line);
      this.lines.push(line);
      fragment.append(line.el);
    });
  }

  /** Marks a line finished and, for a traceback frame line, makes it a link to the Python line. */
  private close(line: Line): void {
    line.open = false;
    const m = line.stream === "stderr" ? FILE_LINE.exec(line.text) : null;
    if (!m || line.el.tagName === "BUTTON") return;
    const target = Number(m[2]);
    const button = el("button", "out-line stderr out-link");
    button.textContent = line.text;
    button.title = `Go to line ${target}`;
    button.addEventListener("click", () => this.jump(target));
    line.el.replaceWith(button);
    line.el = button;
  }

  private trim(): void {
    const excess = this.lines.length - MAX_LINES;
    if (excess > 0) {
      for (const line of this.lines.splice(0, excess)) line.el.remove();
      this.dropped += excess;
    }
    if (this.dropped === 0) return;
    this.notice.hidden = false;
    this.notice.textContent = `${this.dropped.toLocaleString("en")} earlier lines dropped (the console keeps the last ${MAX_LINES.toLocaleString("en")}).`;
  }
}

function el(tag: string, className: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  return e;
}
