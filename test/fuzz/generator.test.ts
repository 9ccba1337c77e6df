// The fuzz corpus is exactly what the seeded generator produces (so it can be regenerated and
// grown with `node test/fuzz/make-corpus.mjs`), and every program is one the transpiler accepts.
// The byte-for-byte comparison with CPython runs in test/conformance (the "fuzz corpus" suite).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { transpile } from "../../transpiler/index.js";
import { CORPUS, corpusPrograms } from "./program.js";

const dir = join(import.meta.dirname, "corpus");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".py"))
  .sort();

describe("fuzz corpus", () => {
  const programs = corpusPrograms(CORPUS.seed, CORPUS.count);

  it("holds the generator's programs for the committed seed, each with CPython's recordings", () => {
    expect(files).toEqual(programs.map((_, i) => `fuzz_${String(i).padStart(3, "0")}.py`));
    for (const [i, source] of programs.entries()) {
      const base = join(dir, files[i] ?? "").replace(/\.py$/, "");
      expect(readFileSync(`${base}.py`, "utf8"), files[i]).toBe(source);
      expect(readFileSync(`${base}.code`, "utf8"), files[i]).toMatch(/^\d+\n$/);
    }
  });

  it("draws the same programs for the same seed and different ones for another", () => {
    expect(corpusPrograms(CORPUS.seed, 5)).toEqual(programs.slice(0, 5));
    expect(corpusPrograms(CORPUS.seed + 1, 5)).not.toEqual(programs.slice(0, 5));
  });

  it("contains only programs the transpiler accepts", () => {
    for (const [i, source] of programs.entries()) {
      const errors = transpile(source, { fileName: files[i] ?? "" }).diagnostics.filter(
        (d) => d.severity === "error",
      );
      expect(errors, files[i]).toEqual([]);
    }
  });
});
