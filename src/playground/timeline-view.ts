// Draws the timeline as SVG built with DOM calls: one row per task with running and waiting spans,
// print marks, loop stalls across all rows, a time axis and the total elapsed time.
import type { Row, Timeline } from "./timeline-model.js";

const SVG = "http://www.w3.org/2000/svg";
const ROW_H = 24;
const LABEL_W = 150;
const AXIS_H = 22;
const PAD_R = 16;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function titled<T extends SVGElement>(e: T, text: string): T {
  const t = document.createElementNS(SVG, "title");
  t.textContent = text;
  e.append(t);
  return e;
}

/** Seconds formatted for the axis and tooltips. */
export function seconds(s: number): string {
  if (s === 0) return "0 s";
  if (Math.abs(s) < 1) return `${+(s * 1000).toFixed(1)} ms`;
  return `${+s.toFixed(3)} s`;
}

function tickStep(total: number): number {
  const raw = total / 8;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * pow >= raw) return m * pow;
  return 10 * pow;
}

/**
 * Renders a timeline into `root` (replacing what was there), `width` pixels wide; `dropped` events
 * past the worker's cap are mentioned, since the picture then stops early.
 */
export function renderTimeline(root: HTMLElement, t: Timeline, width: number, dropped = 0): void {
  const summary = document.createElement("p");
  summary.className = "tl-summary";
  const total = t.end - t.start;
  summary.textContent =
    t.rows.length === 0
      ? "Run a program to see what each task did when."
      : `Total elapsed: ${t.ordinal ? "0 s" : seconds(total)} · ${t.rows.filter((r) => r.task !== 0).length} tasks` +
        (t.ordinal ? " · no time passed, so the spans show the order things happened in" : "") +
        (dropped > 0 ? ` · the last ${dropped.toLocaleString("en")} events are not shown` : "");
  if (t.rows.length === 0) {
    root.replaceChildren(summary);
    return;
  }
  const span = total > 0 ? total : 1;
  const plotW = Math.max(100, width - LABEL_W - PAD_R);
  const x = (time: number) => LABEL_W + ((time - t.start) / span) * plotW;
  const height = AXIS_H + t.rows.length * ROW_H + 4;
  const chart = svg("svg", {
    width,
    height,
    class: "tl-chart",
    role: "img",
    "aria-label": "Task timeline",
  });
  chart.append(axis(t, x, span, height));
  for (const [i, r] of t.rows.entries()) chart.append(drawRow(r, AXIS_H + i * ROW_H, x, t));
  for (const s of t.stalls) {
    const w = Math.max(2, x(s.to) - x(s.from));
    chart.append(
      titled(
        svg("rect", {
          x: x(s.from),
          y: AXIS_H,
          width: w,
          height: height - AXIS_H,
          class: "tl-stall",
        }),
        `The whole event loop was blocked for ${seconds(s.to - s.from)} (a blocking call such as time.sleep)`,
      ),
    );
  }
  root.replaceChildren(summary, chart, tooltipFor(chart));
}

/** A tooltip that shows at once the <title> of whatever the pointer is over. */
function tooltipFor(chart: SVGSVGElement): HTMLElement {
  const tip = document.createElement("div");
  tip.className = "tl-tooltip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  chart.addEventListener("pointermove", (ev) => {
    const title = (ev.target as Element).querySelector(":scope > title");
    tip.hidden = !title;
    if (!title) return;
    tip.textContent = title.textContent;
    const box = (chart.parentElement ?? chart).getBoundingClientRect();
    const parent = chart.parentElement!;
    tip.style.left = `${Math.min(ev.clientX - box.left + parent.scrollLeft + 12, box.width - 260)}px`;
    tip.style.top = `${ev.clientY - box.top + parent.scrollTop + 14}px`;
  });
  chart.addEventListener("pointerleave", () => {
    tip.hidden = true;
  });
  return tip;
}

function axis(t: Timeline, x: (time: number) => number, span: number, height: number): SVGGElement {
  const g = svg("g", { class: "tl-axis" });
  const step = tickStep(span);
  for (let s = 0; s <= span + 1e-9; s += step) {
    const px = x(t.start + s);
    g.append(svg("line", { x1: px, x2: px, y1: AXIS_H - 4, y2: height, class: "tl-grid" }));
    if (t.ordinal) continue;
    const label = svg("text", { x: px, y: AXIS_H - 8, "text-anchor": "middle" });
    label.textContent = seconds(+s.toFixed(6));
    g.append(label);
  }
  return g;
}

function drawRow(r: Row, y: number, x: (time: number) => number, t: Timeline): SVGGElement {
  const start = t.start;
  const g = svg("g", {
    class: `tl-row${r.outcome ? ` tl-${r.outcome}` : ""}`,
    "data-task": r.task,
  });
  const label = titled(
    svg("text", { x: 6, y: y + ROW_H / 2 + 4, class: "tl-label" }),
    `${r.name}${r.outcome ? ` (${r.outcome})` : ""}`,
  );
  label.textContent = r.name.length > 20 ? `${r.name.slice(0, 19)}…` : r.name;
  g.append(label);
  // Waiting spans first, so the short running spans stay visible on top of them.
  const ordered = [...r.spans].sort((a, b) =>
    a.kind === b.kind ? 0 : a.kind === "waiting" ? -1 : 1,
  );
  for (const s of ordered) {
    const px = x(s.from);
    const w = Math.max(s.kind === "running" ? 3 : 1, x(s.to) - px);
    const awaited = `${r.name} waiting on ${s.awaiting ?? "something"}`;
    const what = t.ordinal
      ? s.kind === "running"
        ? `${r.name} running`
        : awaited
      : s.kind === "running"
        ? `${r.name} running at ${seconds(s.from - start)}${s.to > s.from ? ` until ${seconds(s.to - start)}` : ""}`
        : `${awaited} from ${seconds(s.from - start)} for ${seconds(s.to - s.from)}`;
    g.append(
      titled(
        svg("rect", {
          x: px,
          y: y + 5,
          width: w,
          height: ROW_H - 10,
          rx: 2,
          class: `tl-${s.kind}`,
        }),
        what,
      ),
    );
  }
  for (const p of r.prints) {
    const px = x(p.time);
    g.append(
      titled(
        svg("path", { d: `M${px} ${y + 2} l4 -0 l-4 6 l-4 -6 z`, class: `tl-print ${p.stream}` }),
        `print${t.ordinal ? "" : ` at ${seconds(p.time - start)}`}: ${p.text.trimEnd()}`,
      ),
    );
  }
  return g;
}
