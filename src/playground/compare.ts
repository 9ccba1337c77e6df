// Compares a run with CPython's recording the way the conformance test does: stdout byte for byte
// (object addresses normalised), the exit code, and stderr without CPython's stdlib traceback
// frames; plus a line diff.
import { withoutStdlibFrames } from "../core/cpython-output.js";

/** The outcome of one run. */
export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Kept for comparison at most; examples print far less, and a flood must not grow memory. */
const MAX_KEPT = 1_000_000;

/** Collects a run's output for comparison, up to MAX_KEPT characters. */
export class OutputRecorder {
  private readonly parts = { stdout: [] as string[], stderr: [] as string[] };
  private size = 0;
  private overflow = false;

  /** Adds a batch; lines dropped on the way make the recording incomplete. */
  add(chunks: { stream: "stdout" | "stderr"; text: string }[], dropped: number): void {
    if (dropped > 0) this.overflow = true;
    for (const c of chunks) {
      this.size += c.text.length;
      if (this.size > MAX_KEPT) this.overflow = true;
      if (!this.overflow) this.parts[c.stream].push(c.text);
    }
  }

  /** What the run printed (with a note at the end if it was too long to keep). */
  result(exitCode: number): RunResult {
    const note = this.overflow ? "\n[output too long to compare]\n" : "";
    return {
      stdout: this.parts.stdout.join("") + note,
      stderr: this.parts.stderr.join(""),
      exitCode,
    };
  }
}

/** One line of a diff: kept, only in the expected output (-), or only in ours (+). */
export interface DiffLine {
  op: " " | "-" | "+";
  text: string;
}

const normalise = (s: string) => s.replace(/0x[0-9a-f]+/g, "0x…");

/** True when the run matches CPython's recording. */
export function matches(expected: RunResult, actual: RunResult): boolean {
  return (
    normalise(expected.stdout) === normalise(actual.stdout) &&
    expected.exitCode === actual.exitCode &&
    withoutStdlibFrames(expected.stderr) === actual.stderr
  );
}

/** A line diff (longest common subsequence) of two texts. */
export function lineDiff(expected: string, actual: string): DiffLine[] {
  const a = expected.split("\n");
  const b = actual.split("\n");
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000)
    return [
      ...a.map((text) => ({ op: "-" as const, text })),
      ...b.map((text) => ({ op: "+" as const, text })),
    ];
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: " ", text: a[i++]! });
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ op: "-", text: a[i++]! });
    else out.push({ op: "+", text: b[j++]! });
  }
  while (i < n) out.push({ op: "-", text: a[i++]! });
  while (j < m) out.push({ op: "+", text: b[j++]! });
  return out;
}
