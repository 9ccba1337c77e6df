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

/**
 * CPython's stderr without the traceback entries of its own stdlib files (`File "<stdlib>/…"` and
 * the indented source and caret lines under it), which the contract lets the runtime leave out.
 */
export function withoutStdlibFrames(stderr: string): string {
  const kept: string[] = [];
  let inStdlibFrame = false;
  for (const line of stderr.split("\n")) {
    if (line.startsWith('  File "<stdlib>/')) inStdlibFrame = true;
    else if (!(inStdlibFrame && line.startsWith("    "))) {
      inStdlibFrame = false;
      kept.push(line);
    }
  }
  return kept.join("\n");
}
