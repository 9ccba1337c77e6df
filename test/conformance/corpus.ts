// The programs the conformance test checks: examples/*.py, the virtual-time programs in
// test/conformance/programs/ and, if present, the fuzz corpus (test/fuzz/corpus/*.py), each with
// the CPython recording next to it (.out, .err, .code).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** One program with what CPython printed for it. */
export interface Case {
  /** Key in known-failures.json: the bare name for examples, the repo path for fuzz programs. */
  key: string;
  /** The name the program runs under (tracebacks show it): a path relative to the repo root. */
  fileName: string;
  source: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The repository root. */
export const ROOT = join(import.meta.dirname, "..", "..");

function load(dir: string, file: string, key: string): Case {
  const base = join(dir, file.replace(/\.py$/, ""));
  return {
    key,
    fileName: relative(ROOT, join(dir, file)),
    source: readFileSync(join(dir, file), "utf8"),
    stdout: readFileSync(`${base}.out`, "utf8"),
    stderr: readFileSync(`${base}.err`, "utf8"),
    exitCode: Number(readFileSync(`${base}.code`, "utf8").trim()),
  };
}

function pythonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".py"))
    .sort();
}

/** Every example, in file-name order. */
export function exampleCases(): Case[] {
  const dir = join(ROOT, "examples");
  return pythonFiles(dir).map((f) => load(dir, f, f));
}

/** The programs that pin the virtual-time rules (clock, timers, pinned orders, deadlock). */
export function programCases(): Case[] {
  return recordedIn(join(ROOT, "test", "conformance", "programs"));
}

/** Every recorded fuzz program (none when the fuzz corpus is absent). */
export function fuzzCases(): Case[] {
  return recordedIn(join(ROOT, "test", "fuzz", "corpus"));
}

function recordedIn(dir: string): Case[] {
  if (!existsSync(dir)) return [];
  return pythonFiles(dir)
    .filter((f) => existsSync(join(dir, f.replace(/\.py$/, ".out"))))
    .map((f) => load(dir, f, relative(ROOT, join(dir, f))));
}
