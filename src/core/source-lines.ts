// Maps a position in the compiled JavaScript back to a Python line: JS → TS through esbuild's
// source map, then TS → Python through the transpiler's, for tracebacks with Python line numbers.
import { LEAST_UPPER_BOUND, originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";

/** What runtime/program.ts wants as `sourceMap`: Python line lookup plus the Python source lines. */
export interface PythonSourceMap {
  /** The Python line (1-based) of a JS position: 1-based line, 0-based column. */
  pyLineOf(jsLine: number, jsCol: number): number | null;
  /** The Python source, one entry per line (index 0 is line 1). */
  pyLines: string[];
}

/** Composes the bundle's map (JS → TS) with the transpiler's map (TS → Python). */
export function pythonSourceMap(jsMap: string, tsMap: object, pySource: string): PythonSourceMap {
  const toTs = new TraceMap(jsMap);
  const toPy = new TraceMap(tsMap as never);
  const cache = new Map<string, number | null>();
  return {
    pyLineOf(jsLine, jsCol) {
      const key = `${jsLine}:${jsCol}`;
      let line = cache.get(key);
      if (line === undefined) {
        line = lookup(toTs, toPy, jsLine, jsCol);
        cache.set(key, line);
      }
      return line;
    },
    pyLines: pySource.split("\n"),
  };
}

function lookup(toTs: TraceMap, toPy: TraceMap, jsLine: number, jsCol: number): number | null {
  const ts = originalPositionFor(toTs, { line: jsLine, column: Math.max(0, jsCol) });
  if (ts.line === null || ts.source === null || ts.source.startsWith("asyncio-ts:")) return null;
  const py = originalPositionFor(toPy, { line: ts.line, column: ts.column });
  if (py.line !== null) return py.line;
  // No mapping at or before that column on the TS line: take the line's first mapping.
  return originalPositionFor(toPy, { line: ts.line, column: 0, bias: LEAST_UPPER_BOUND }).line;
}
