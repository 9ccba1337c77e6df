// Conformance: every example (and fuzz program) runs through transpile → esbuild → runtime on the
// virtual clock and must print CPython's recorded stdout byte for byte, exit with its code and print
// its stderr (less CPython's stdlib frames, which the contract lets the runtime leave out). Known
// failures are listed once, in known-failures.json, and only shrink.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withoutStdlibFrames } from "../../src/core/cpython-output.js";
import { run } from "../../src/core/run.js";
import { type Case, exampleCases, fuzzCases, programCases } from "./corpus.js";
import { normalise } from "./normalise.js";

const known: Record<string, string> = JSON.parse(
  readFileSync(join(import.meta.dirname, "known-failures.json"), "utf8"),
);
const tally = { passed: 0, failed: 0 };

/** Virtual seconds after which a run that loops on timers is stopped (no recording needs a day). */
const MAX_TIME = 86_400;

/** How the produced output differs from CPython's, or null if it does not. */
async function mismatch(c: Case): Promise<string | null> {
  let result: { stdout: string; stderr: string; exitCode: number };
  try {
    result = await run(c.source, { fileName: c.fileName, clock: "virtual", maxTime: MAX_TIME });
  } catch (e) {
    return `crashed: ${(e as Error).stack ?? e}`;
  }
  const want = normalise(c.key, c.stdout);
  const got = normalise(c.key, result.stdout);
  if (got !== want) return `stdout differs:\n--- CPython\n${want}--- asyncio-ts\n${got}`;
  if (result.exitCode !== c.exitCode) {
    return `exit code ${result.exitCode}, CPython ${c.exitCode}; stderr:\n${result.stderr}`;
  }
  const wantErr = withoutStdlibFrames(c.stderr);
  if (result.stderr !== wantErr) {
    return `stderr differs:\n--- CPython (stdlib frames left out)\n${wantErr}--- asyncio-ts\n${result.stderr}`;
  }
  return null;
}

function check(c: Case): void {
  it(c.key, { timeout: 30_000 }, async () => {
    const diff = await mismatch(c);
    const reason = known[c.key];
    if (reason === undefined) {
      expect(diff, `${c.key} does not match CPython`).toBeNull();
      tally.passed++;
    } else {
      expect(
        diff,
        `${c.key} now matches CPython: remove it from known-failures.json`,
      ).not.toBeNull();
      tally.failed++;
    }
  });
}

describe("examples", () => {
  for (const c of exampleCases()) check(c);
});

const programs = programCases();
describe("virtual-time programs", () => {
  for (const c of programs) check(c);
});

const fuzz = fuzzCases();
if (fuzz.length > 0) {
  describe("fuzz corpus", () => {
    for (const c of fuzz) check(c);
  });
}

describe("known-failures.json", () => {
  it("names only programs that exist", () => {
    const keys = new Set([...exampleCases(), ...programs, ...fuzz].map((c) => c.key));
    expect(Object.keys(known).filter((k) => !keys.has(k))).toEqual([]);
  });
});

afterAll(() => {
  process.stdout.write(`conformance: ${tally.passed} passed, ${tally.failed} failed\n`);
});
