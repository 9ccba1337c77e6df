// The programs the conformance test checks: examples/*.py and, if present, the fuzz corpus
// (test/fuzz/corpus/*.py), each with the CPython recording next to it (.out, .err, .code).
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

/** Every recorded fuzz program (none when H6's corpus is absent). */
export function fuzzCases(): Case[] {
  const dir = join(ROOT, "test", "fuzz", "corpus");
  if (!existsSync(dir)) return [];
  return pythonFiles(dir)
    .filter((f) => existsSync(join(dir, f.replace(/\.py$/, ".out"))))
    .map((f) => load(dir, f, relative(ROOT, join(dir, f))));
}

/** The last non-empty line of `text`, or "" (the conformance test compares only this of stderr). */
export function lastLine(text: string): string {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  return lines.at(-1) ?? "";
}
