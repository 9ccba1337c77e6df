// Output on its way to the console: the worker's OutputBatch (newest MAX_BATCH_LINES lines per
// batch, the rest counted) and the page's ConsoleLines (lines, at most MAX_LINES, dropped count).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RuntimeEvent } from "../../../runtime/events.js";
import {
  type ConsoleLine,
  ConsoleLines,
  droppedNotice,
  MAX_LINES,
  tracebackLine,
} from "../../../src/playground/console-lines.js";
import { MAX_BATCH_LINES, MAX_EVENTS, OutputBatch } from "../../../src/playground/output-batch.js";
import type { OutputChunk } from "../../../src/playground/protocol.js";

type Stream = OutputChunk["stream"];
const newlines = (s: string) => s.split("\n").length - 1;
/** Text with every character tagged by its stream, so order across streams can be compared. */
const tagged = (chunks: { stream: Stream; text: string }[]) =>
  chunks
    .map((c) => Array.from(c.text, (ch) => (c.stream === "stdout" ? "o" : "e") + ch).join(""))
    .join("");

/** A write: `count` copies of one line, then maybe a partial line. */
const write = fc
  .record({
    stream: fc.constantFrom<Stream>("stdout", "stderr"),
    line: fc.string({ unit: "binary-ascii", maxLength: 6 }).map((s) => s.replaceAll("\n", "")),
    count: fc.oneof(
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 4 * MAX_BATCH_LINES }),
    ),
    tail: fc.constantFrom("", "partial"),
  })
  .map(({ stream, line, count, tail }) => ({ stream, text: `${line}\n`.repeat(count) + tail }));

describe("OutputBatch (worker side)", () => {
  it("keeps the newest lines of a batch, at most MAX_BATCH_LINES, and counts the dropped ones", () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 8 }), (writes) => {
        const batch = new OutputBatch();
        for (const w of writes) batch.write(w.stream, w.text);
        const { chunks, dropped } = batch.take();
        const total = writes.reduce((n, w) => n + newlines(w.text), 0);
        const kept = chunks.reduce((n, c) => n + newlines(c.text), 0);
        expect(kept).toBe(Math.min(total, MAX_BATCH_LINES));
        expect(dropped).toBe(total - kept);
        expect(tagged(writes).endsWith(tagged(chunks))).toBe(true);
        if (dropped === 0) expect(tagged(chunks)).toBe(tagged(writes));
      }),
      { numRuns: 60 },
    );
  });

  it("merges consecutive writes to one stream into one chunk", () => {
    const batch = new OutputBatch();
    batch.write("stdout", "a");
    batch.write("stdout", "b\n");
    batch.write("stderr", "e\n");
    batch.write("stdout", "c\n");
    expect(batch.take().chunks).toEqual([
      { stream: "stdout", text: "ab\n" },
      { stream: "stderr", text: "e\n" },
      { stream: "stdout", text: "c\n" },
    ]);
  });

  it("starts each batch afresh: counts and buffers are taken with it", () => {
    const batch = new OutputBatch();
    batch.write("stdout", "x\n".repeat(MAX_BATCH_LINES + 7));
    expect(batch.pending).toBe(true);
    expect(batch.take().dropped).toBe(7);
    expect(batch.pending).toBe(false);
    batch.write("stdout", "y\n");
    expect(batch.take()).toEqual({
      chunks: [{ stream: "stdout", text: "y\n" }],
      dropped: 0,
      events: [],
      droppedEvents: 0,
    });
  });

  it("keeps at most MAX_EVENTS timeline events per run and counts the rest", () => {
    const batch = new OutputBatch();
    const event: RuntimeEvent = { kind: "task-resumed", time: 0, task: 1 };
    for (let i = 0; i < MAX_EVENTS + 5; i++) batch.event(event);
    const first = batch.take();
    expect([first.events.length, first.droppedEvents]).toEqual([MAX_EVENTS, 5]);
    batch.event(event);
    expect(batch.take().droppedEvents).toBe(1);
  });
});

/** Records what ConsoleLines reports, as the view would draw it. */
function recorder() {
  const log: string[] = [];
  const on = {
    grown: (l: ConsoleLine) => log.push(`grown ${l.text}`),
    added: (l: ConsoleLine) => log.push(`added ${l.stream} ${l.text}`),
    closed: (l: ConsoleLine) => log.push(`closed ${l.text}`),
  };
  return { log, on };
}

/** Lines by reading characters one at a time: a newline or a change of stream ends a line. */
function referenceLines(chunks: { stream: Stream; text: string }[]): [Stream, string][] {
  const out: [Stream, string][] = [];
  let current: [Stream, string] | null = null;
  for (const c of chunks) {
    for (const ch of c.text) {
      if (current && current[0] !== c.stream) {
        out.push(current);
        current = null;
      }
      if (ch === "\n") {
        out.push(current ?? [c.stream, ""]);
        current = null;
      } else current = current ? [current[0], current[1] + ch] : [c.stream, ch];
    }
  }
  if (current) out.push(current);
  return out;
}

describe("ConsoleLines (page side)", () => {
  it("grows a line across chunks until its newline; the other stream starts a new line", () => {
    const lines = new ConsoleLines();
    const { log, on } = recorder();
    lines.write({ stream: "stdout", text: "Hel" }, on);
    lines.write({ stream: "stdout", text: "lo\nnext" }, on);
    lines.write({ stream: "stderr", text: "oops\n" }, on);
    lines.closeAll(on);
    expect(lines.lines.map((l) => [l.stream, l.text, l.open])).toEqual([
      ["stdout", "Hello", false],
      ["stdout", "next", false],
      ["stderr", "oops", false],
    ]);
    expect(log).toEqual([
      "added stdout Hel",
      "grown Hello",
      "closed Hello",
      "added stdout next",
      "closed next",
      "added stderr oops",
      "closed oops",
    ]);
  });

  it("splits output into lines as a character-by-character reading does, keeping the newest", () => {
    const small = fc.array(
      fc.record({
        stream: fc.constantFrom<Stream>("stdout", "stderr"),
        text: fc.string({ unit: fc.constantFrom("a", "b", "\n"), maxLength: 12 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(small, fc.integer({ min: 1, max: 8 }), (chunks, max) => {
        const expected = referenceLines(chunks);
        const lines = new ConsoleLines(max);
        const { on } = recorder();
        for (const c of chunks) lines.write(c, on);
        lines.trim();
        lines.closeAll(on);
        const kept = lines.lines.map((l) => [l.stream, l.text]);
        expect(kept).toEqual(expected.slice(Math.max(0, expected.length - max)));
        expect(lines.dropped).toBe(Math.max(0, expected.length - max));
        expect(lines.lines.every((l) => !l.open)).toBe(true);
      }),
    );
  });

  it("a 10^5-line flood: worker and page drops add up, the last line survives", () => {
    const batch = new OutputBatch();
    for (let i = 0; i < 100_000; i++) batch.write("stdout", `${i}\n`);
    const { chunks, dropped } = batch.take();
    const lines = new ConsoleLines();
    lines.dropped += dropped;
    const { on } = recorder();
    for (const c of chunks) lines.write(c, on);
    lines.trim();
    expect(lines.lines.length + lines.dropped).toBe(100_000);
    expect(lines.lines[lines.lines.length - 1]!.text).toBe("99999");
  });

  it("counts exactly the lines it dropped", () => {
    const lines = new ConsoleLines();
    const { on } = recorder();
    lines.write(
      {
        stream: "stdout",
        text: Array.from({ length: MAX_LINES + 123 }, (_, i) => `${i}\n`).join(""),
      },
      on,
    );
    const removed = lines.trim();
    expect(removed.length).toBe(123);
    expect(lines.dropped).toBe(123);
    expect(lines.lines.length).toBe(MAX_LINES);
    expect(lines.lines[0]!.text).toBe("123");
    expect(lines.trim()).toEqual([]);
    expect(droppedNotice(lines.dropped)).toBe(
      "123 earlier lines dropped (the console keeps the last 5,000).",
    );
  });

  it("finds the Python line of a traceback frame on stderr only", () => {
    const frame = '  File "main.py", line 12, in main';
    expect(tracebackLine({ stream: "stderr", text: frame, open: false })).toBe(12);
    expect(tracebackLine({ stream: "stdout", text: frame, open: false })).toBeNull();
    expect(tracebackLine({ stream: "stderr", text: "ValueError: line 3", open: false })).toBeNull();
  });
});
