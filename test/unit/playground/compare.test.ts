// The "vs CPython" tab's logic (src/playground/compare.ts): the line diff, the match rule (the
// conformance test's) and the capped recording of a run's output.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DiffLine,
  lineDiff,
  matches,
  OutputRecorder,
} from "../../../src/playground/compare.js";

const side = (diff: DiffLine[], keep: "-" | "+") =>
  diff
    .filter((d) => d.op === " " || d.op === keep)
    .map((d) => d.text)
    .join("\n");

/** Longest common subsequence length by plain recursion with memo: an oracle for small inputs. */
function lcsLength(a: string[], b: string[]): number {
  const memo = new Map<string, number>();
  const go = (i: number, j: number): number => {
    if (i === a.length || j === b.length) return 0;
    const key = `${i},${j}`;
    let v = memo.get(key);
    if (v === undefined) {
      v = a[i] === b[j] ? 1 + go(i + 1, j + 1) : Math.max(go(i + 1, j), go(i, j + 1));
      memo.set(key, v);
    }
    return v;
  };
  return go(0, 0);
}

const lines = fc.array(fc.constantFrom("a", "b", "c", "", "Task-1 done"), { maxLength: 12 });

describe("lineDiff", () => {
  it("shows a changed line as - then +, kept lines as ' '", () => {
    expect(lineDiff("start\n1\nend\n", "start\n2\nend\n")).toEqual([
      { op: " ", text: "start" },
      { op: "-", text: "1" },
      { op: "+", text: "2" },
      { op: " ", text: "end" },
      { op: " ", text: "" },
    ]);
  });

  it("rebuilds both texts and keeps as many lines as the longest common subsequence", () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const expected = a.join("\n");
        const actual = b.join("\n");
        const diff = lineDiff(expected, actual);
        expect(side(diff, "-")).toBe(expected);
        expect(side(diff, "+")).toBe(actual);
        const kept = diff.filter((d) => d.op === " ").length;
        expect(kept).toBe(lcsLength(expected.split("\n"), actual.split("\n")));
      }),
    );
  });

  it("marks nothing when the texts are equal", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(lineDiff(text, text).every((d) => d.op === " ")).toBe(true);
      }),
    );
  });

  it("still rebuilds both sides of texts too long for the quadratic diff", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `line ${i}`).join("\n");
    const b = Array.from({ length: 3000 }, (_, i) => `line ${i % 7 === 0 ? "x" : i}`).join("\n");
    const diff = lineDiff(a, b);
    expect(side(diff, "-")).toBe(a);
    expect(side(diff, "+")).toBe(b);
  });
});

describe("matches", () => {
  const run = (stdout: string, stderr = "", exitCode = 0) => ({ stdout, stderr, exitCode });

  it("compares stdout byte for byte with 0x… addresses normalised", () => {
    expect(matches(run("<Task at 0x7f3a10>\n"), run("<Task at 0x1>\n"))).toBe(true);
    expect(matches(run("a\n"), run("a"))).toBe(false);
    expect(matches(run("a\n"), run("A\n"))).toBe(false);
  });

  it("requires the same exit code", () => {
    expect(matches(run("", "", 1), run("", "", 0))).toBe(false);
  });

  it("ignores CPython's stdlib traceback frames but not ours", () => {
    const cpython = [
      "Traceback (most recent call last):",
      '  File "examples/x.py", line 9, in <module>',
      "    asyncio.run(main())",
      '  File "<stdlib>/asyncio/runners.py", line 190, in run',
      "    return runner.run(main)",
      "ValueError: boom",
      "",
    ].join("\n");
    const ours = [
      "Traceback (most recent call last):",
      '  File "examples/x.py", line 9, in <module>',
      "    asyncio.run(main())",
      "ValueError: boom",
      "",
    ].join("\n");
    expect(matches(run("", cpython, 1), run("", ours, 1))).toBe(true);
    expect(matches(run("", cpython, 1), run("", ours.replace("boom", "bang"), 1))).toBe(false);
  });
});

describe("OutputRecorder", () => {
  it("keeps each stream's text in order", () => {
    const r = new OutputRecorder();
    r.add(
      [
        { stream: "stdout", text: "a\n" },
        { stream: "stderr", text: "e\n" },
      ],
      0,
    );
    r.add([{ stream: "stdout", text: "b\n" }], 0);
    expect(r.result(3)).toEqual({ stdout: "a\nb\n", stderr: "e\n", exitCode: 3 });
  });

  it("marks the recording incomplete when the worker dropped lines", () => {
    const r = new OutputRecorder();
    r.add([{ stream: "stdout", text: "last\n" }], 10);
    expect(r.result(0).stdout).toBe("\n[output too long to compare]\n");
  });

  it("stops keeping output after a million characters", () => {
    const r = new OutputRecorder();
    const chunk = { stream: "stdout" as const, text: `${"x".repeat(99_999)}\n` };
    for (let i = 0; i < 25; i++) r.add([chunk], 0);
    const { stdout } = r.result(0);
    expect(stdout.length).toBeLessThanOrEqual(1_000_000 + 40);
    expect(stdout.endsWith("\n[output too long to compare]\n")).toBe(true);
  });
});
