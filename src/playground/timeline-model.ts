// Turns the runtime's task events into the timeline's rows: per task, when it ran, when it waited
// and on what, its prints, how it ended; plus the spans where a blocking call stalled the loop.
import type { RuntimeEvent } from "../../runtime/events.js";

/** A stretch of one task's life. */
export interface Span {
  kind: "running" | "waiting";
  from: number;
  to: number;
  /** For waiting spans: what the task awaited. */
  awaiting?: string;
}

/** A print, drawn as a mark on the row of the task that printed. */
export interface PrintMark {
  time: number;
  text: string;
  stream: "stdout" | "stderr";
}

/** One task (or, for id 0, the code outside any task). */
export interface Row {
  task: number;
  name: string;
  spans: Span[];
  prints: PrintMark[];
  outcome?: "done" | "cancelled" | "failed";
}

/** Everything the view draws. */
export interface Timeline {
  rows: Row[];
  /** Where time.sleep (or another blocking call) held the whole loop. */
  stalls: { from: number; to: number }[];
  start: number;
  end: number;
  /** No clock time passed (a program without sleeps): times are event numbers, to show the order. */
  ordinal: boolean;
}

/**
 * Builds the timeline from events in the order the runtime emitted them. While a real-time run is
 * still going, `now` (clock seconds) extends the open spans up to the present.
 */
export function buildTimeline(events: readonly RuntimeEvent[], now?: number): Timeline {
  const t = build(events, now);
  if (t.end > t.start || events.length < 2) return t;
  return { ...build(events.map((e, i) => ({ ...e, time: i }))), ordinal: true };
}

function build(events: readonly RuntimeEvent[], now?: number): Timeline {
  const rows = new Map<number, Row>();
  const open = new Map<number, Span>();
  const stalls: Timeline["stalls"] = [];
  const start = events[0]?.time ?? 0;
  let end = start;
  const row = (e: RuntimeEvent): Row => {
    let r = rows.get(e.task);
    if (!r) {
      r = {
        task: e.task,
        name: e.name ?? (e.task === 0 ? "main program" : `Task-${e.task}`),
        spans: [],
        prints: [],
      };
      rows.set(e.task, r);
    } else if (e.name && e.task !== 0) r.name = e.name;
    return r;
  };
  const close = (task: number, time: number) => {
    const span = open.get(task);
    if (span) span.to = time;
    open.delete(task);
  };
  const begin = (e: RuntimeEvent, span: Span) => {
    close(e.task, e.time);
    row(e).spans.push(span);
    open.set(e.task, span);
  };
  for (const e of events) {
    end = Math.max(end, e.time + (e.duration ?? 0));
    switch (e.kind) {
      case "task-created":
        row(e);
        break;
      case "task-started":
      case "task-resumed":
        begin(e, { kind: "running", from: e.time, to: e.time });
        break;
      case "task-suspended":
        begin(e, { kind: "waiting", from: e.time, to: e.time, awaiting: e.awaiting });
        break;
      case "task-done":
      case "task-cancelled":
      case "task-failed":
        close(e.task, e.time);
        row(e).outcome =
          e.kind === "task-done" ? "done" : e.kind === "task-cancelled" ? "cancelled" : "failed";
        break;
      case "print":
        row(e).prints.push({ time: e.time, text: e.text ?? "", stream: e.stream ?? "stdout" });
        break;
      case "blocking-sleep":
        stalls.push({ from: e.time, to: e.time + (e.duration ?? 0) });
        break;
    }
  }
  if (now !== undefined && events.length > 0) end = Math.max(end, now);
  for (const [task, span] of open) {
    span.to = end;
    open.delete(task);
  }
  const sorted = [...rows.values()].sort((a, b) => a.task - b.task);
  return {
    rows: sorted.filter((r) => r.task !== 0 || r.prints.length > 0),
    stalls,
    start,
    end,
    ordinal: false,
  };
}
