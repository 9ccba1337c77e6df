// Section 2, transpile throughput: lines of Python per second over the 60 examples/*.py, each
// transpiled many times in this process (transpile only), and transpiled + bundled by esbuild.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { compileProgramWithMap, transpile } from "../../dist-lib/src/index.js";
import { median, minimum } from "./stats.mjs";

/** Untimed passes over every example before timing starts. */
const WARM_UP_PASSES = 3;

function examples(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".py"))
    .sort()
    .map((f) => {
      const source = readFileSync(join(dir, f), "utf8");
      return {
        name: f,
        source,
        lines: source.split("\n").length - (source.endsWith("\n") ? 1 : 0),
      };
    });
}

function hasErrors(result) {
  return result.diagnostics.some((d) => d.severity === "error");
}

/**
 * Times `runs` passes of `repeat` × (transpile every example), and `runs` passes of (transpile +
 * esbuild every example that compiles); returns lines/s medians and minima of the pass times.
 */
export async function benchTranspile({ runs, repeat, log }) {
  const files = examples("examples");
  const totalLines = files.reduce((n, f) => n + f.lines, 0);
  const compilable = files.filter((f) => !hasErrors(transpile(f.source, { fileName: f.name })));
  const compilableLines = compilable.reduce((n, f) => n + f.lines, 0);
  // Warm-up: V8 needs a few passes before the transpiler's hot paths are optimized.
  for (let i = 0; i < WARM_UP_PASSES; i++) {
    for (const f of compilable) {
      await compileProgramWithMap(esbuild, transpile(f.source, { fileName: f.name }).code);
    }
  }
  const transpileMs = [];
  for (let run = 1; run <= runs; run++) {
    const begin = performance.now();
    for (let i = 0; i < repeat; i++) {
      for (const f of files) transpile(f.source, { fileName: f.name });
    }
    transpileMs.push(performance.now() - begin);
    log(`  transpile pass ${run}/${runs}: ${Math.round(transpileMs.at(-1))} ms`);
  }
  const bundleMs = [];
  for (let run = 1; run <= runs; run++) {
    const begin = performance.now();
    for (const f of compilable) {
      await compileProgramWithMap(esbuild, transpile(f.source, { fileName: f.name }).code);
    }
    bundleMs.push(performance.now() - begin);
    log(`  transpile+esbuild pass ${run}/${runs}: ${Math.round(bundleMs.at(-1))} ms`);
  }
  const perSecond = (lines, ms) => (lines * 1000) / ms;
  return {
    files: files.length,
    warmUp: WARM_UP_PASSES,
    totalLines,
    repeat,
    compilable: compilable.length,
    compilableLines,
    transpile: {
      median: median(transpileMs),
      min: minimum(transpileMs),
      linesPerSecond: perSecond(totalLines * repeat, median(transpileMs)),
      bestLinesPerSecond: perSecond(totalLines * repeat, minimum(transpileMs)),
    },
    bundle: {
      median: median(bundleMs),
      min: minimum(bundleMs),
      linesPerSecond: perSecond(compilableLines, median(bundleMs)),
      bestLinesPerSecond: perSecond(compilableLines, minimum(bundleMs)),
    },
  };
}
