// The Output console: draws console-lines.ts's model as text nodes (never HTML), stdout and stderr
// styled apart, traceback lines clickable to jump to the Python line.
import { type ConsoleLine, ConsoleLines, droppedNotice, tracebackLine } from "./console-lines.js";
import { OutputBatch } from "./output-batch.js";
import type { OutputChunk } from "./protocol.js";

/** The console element and its line model. */
export class OutputView {
  private model = new ConsoleLines();
  private elements = new Map<ConsoleLine, HTMLElement>();
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
    this.model = new ConsoleLines();
    this.elements.clear();
    this.body.replaceChildren();
    this.notice.hidden = true;
    this.status.textContent = "";
  }

  /** Queues output for the next frame; `dropped` lines were already discarded by the worker. */
  append(chunks: OutputChunk[], dropped: number): void {
    this.model.dropped += dropped;
    for (const c of chunks) this.pending.write(c.stream, c.text);
    this.frame ||= requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    this.frame = 0;
    const { chunks, dropped } = this.pending.take();
    this.model.dropped += dropped;
    const stick = this.body.scrollTop + this.body.clientHeight >= this.body.scrollHeight - 4;
    const fragment = document.createDocumentFragment();
    const changes = this.changes(fragment);
    for (const chunk of chunks) this.model.write(chunk, changes);
    this.body.append(fragment);
    for (const line of this.model.trim()) {
      this.elements.get(line)?.remove();
      this.elements.delete(line);
    }
    if (this.model.dropped > 0) {
      this.notice.hidden = false;
      this.notice.textContent = droppedNotice(this.model.dropped);
    }
    if (stick) this.body.scrollTop = this.body.scrollHeight;
  }

  /** Shows how the run ended. */
  finish(exitCode: number, ms: number): void {
    cancelAnimationFrame(this.frame);
    this.draw();
    this.model.closeAll(this.changes(this.body));
    this.status.textContent =
      exitCode < 0 ? "Stopped." : `Exited with code ${exitCode} in ${Math.round(ms)} ms.`;
  }

  /** Mirrors the model's changes in the DOM; new lines go into `into`. */
  private changes(into: ParentNode) {
    return {
      grown: (line: ConsoleLine) => {
        const e = this.elements.get(line);
        if (e) e.textContent = line.text;
      },
      added: (line: ConsoleLine) => {
        const e = el("div", `out-line ${line.stream}`);
        e.textContent = line.text;
        this.elements.set(line, e);
        into.append(e);
      },
      closed: (line: ConsoleLine) => this.linkTraceback(line),
    };
  }

  /** Makes a finished traceback frame line a button that jumps to its Python line. */
  private linkTraceback(line: ConsoleLine): void {
    const target = tracebackLine(line);
    const old = this.elements.get(line);
    if (target === null || !old) return;
    const button = el("button", "out-line stderr out-link");
    button.textContent = line.text;
    button.title = `Go to line ${target}`;
    button.addEventListener("click", () => this.jump(target));
    old.replaceWith(button);
    this.elements.set(line, button);
  }
}

function el(tag: string, className: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  return e;
}
