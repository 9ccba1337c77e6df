// The timeline model (src/playground/timeline-model.ts): runtime events → one row per task with
// running/waiting spans, prints, outcomes and stalls. The fetch examples run for real (in Node).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { RuntimeEvent } from "../../../runtime/events.js";
import { run } from "../../../src/core/run.js";
import { buildTimeline, type Timeline } from "../../../src/playground/timeline-model.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "..", "examples");

async function eventsOf(example: string): Promise<RuntimeEvent[]> {
  const events: RuntimeEvent[] = [];
  const source = readFileSync(join(EXAMPLES, example), "utf8");
  const result = await run(source, {
    fileName: `examples/${example}`,
    onEvent: (e) => events.push(e),
  });
  expect(result.exitCode).toBe(0);
  return events;
}

const waits = (t: Timeline, task: number) =>
  t.rows.find((r) => r.task === task)!.spans.filter((s) => s.kind === "waiting");

describe("timeline of the fetch examples", () => {
  it("sequential fetches take 3 s: one task waits three times, one after another", async () => {
    const t = buildTimeline(await eventsOf("000_sequential_fetch_users.py"));
    expect(t.end - t.start).toBe(3);
    expect(t.ordinal).toBe(false);
    expect(t.rows.map((r) => r.name)).toEqual(["main program", "Task-1"]);
    expect(waits(t, 1).map((s) => [s.from, s.to, s.awaiting])).toEqual([
      [0, 1, "sleep(1)"],
      [1, 2, "sleep(1)"],
      [2, 3, "sleep(1)"],
    ]);
    expect(t.rows[1]!.outcome).toBe("done");
    expect(t.rows[0]!.prints.map((p) => p.time)).toEqual([0, 3, 3]);
  });

  it("concurrent fetches take 1 s: three tasks wait at the same time while main awaits gather", async () => {
    const t = buildTimeline(await eventsOf("000_concurrent_fetch_users.py"));
    expect(t.end - t.start).toBe(1);
    expect(t.rows.map((r) => r.name)).toEqual([
      "main program",
      "Task-1",
      "Task-2",
      "Task-3",
      "Task-4",
    ]);
    expect(waits(t, 1).map((s) => [s.from, s.to, s.awaiting])).toEqual([[0, 1, "gather(3)"]]);
    for (const task of [2, 3, 4]) {
      expect(waits(t, task).map((s) => [s.from, s.to, s.awaiting])).toEqual([[0, 1, "sleep(1)"]]);
    }
    expect(t.rows.every((r) => r.task === 0 || r.outcome === "done")).toBe(true);
  });
});

describe("timeline model", () => {
  const e = (
    kind: RuntimeEvent["kind"],
    time: number,
    task: number,
    extra: Partial<RuntimeEvent> = {},
  ) => ({ kind, time, task, ...extra }) as RuntimeEvent;

  it("has no rows and zero length for no events", () => {
    expect(buildTimeline([])).toEqual({ rows: [], stalls: [], start: 0, end: 0, ordinal: false });
  });

  it("leaves out the main-program row when module-level code printed nothing", () => {
    const t = buildTimeline([e("task-started", 0, 1), e("task-done", 2, 1)]);
    expect(t.rows.map((r) => r.task)).toEqual([1]);
  });

  it("records outcomes, renamed tasks and prints on the printing task's row", () => {
    const t = buildTimeline([
      e("task-created", 0, 1, { name: "Task-1" }),
      e("task-started", 0, 1, { name: "worker" }),
      e("print", 0.5, 1, { text: "hi\n", stream: "stderr" }),
      e("task-cancelled", 1, 1),
      e("task-started", 1, 2),
      e("task-failed", 2, 2),
    ]);
    expect(t.rows.map((r) => [r.name, r.outcome])).toEqual([
      ["worker", "cancelled"],
      ["Task-2", "failed"],
    ]);
    expect(t.rows[0]!.prints).toEqual([{ time: 0.5, text: "hi\n", stream: "stderr" }]);
  });

  it("shows a blocking time.sleep as a stall and counts it in the total", () => {
    const t = buildTimeline([
      e("task-started", 0, 1),
      e("blocking-sleep", 0, 1, { duration: 2 }),
      e("task-done", 2, 1),
    ]);
    expect(t.stalls).toEqual([{ from: 0, to: 2 }]);
    expect(t.end).toBe(2);
  });

  it("while a real-time run goes on, stretches open spans to now", () => {
    const t = buildTimeline(
      [e("task-started", 0, 1), e("task-suspended", 0.1, 1, { awaiting: "sleep(5)" })],
      1.5,
    );
    expect(t.end).toBe(1.5);
    expect(t.rows[0]!.spans).toEqual([
      { kind: "running", from: 0, to: 0.1 },
      { kind: "waiting", from: 0.1, to: 1.5, awaiting: "sleep(5)" },
    ]);
  });

  it("lays spans out by event order when no clock time passed", () => {
    const t = buildTimeline([
      e("task-started", 0, 1),
      e("task-suspended", 0, 1, { awaiting: "Task-2" }),
      e("task-started", 0, 2),
      e("task-done", 0, 2),
      e("task-resumed", 0, 1),
      e("task-done", 0, 1),
    ]);
    expect(t.ordinal).toBe(true);
    expect([t.start, t.end]).toEqual([0, 5]);
    expect(t.rows.map((r) => r.spans.map((s) => [s.kind, s.from, s.to]))).toEqual([
      [
        ["running", 0, 1],
        ["waiting", 1, 4],
        ["running", 4, 5],
      ],
      [["running", 2, 3]],
    ]);
  });
});
