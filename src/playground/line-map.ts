// Line correspondence between the Python source and the TypeScript made from it, read from the
// transpiler's source map with @jridgewell/trace-mapping.
import { eachMapping, type SourceMapInput, TraceMap } from "@jridgewell/trace-mapping";

/** Which lines (1-based) of one text came from which lines of the other. */
export interface LineMap {
  /** TypeScript line → the Python line it came from. */
  pyOfTs: Map<number, number>;
  /** Python line → the TypeScript lines made from it, ascending. */
  tsOfPy: Map<number, number[]>;
}

/** Reads the transpiler's map (TS positions → Python positions) into line tables. */
export function lineMapOf(map: SourceMapInput): LineMap {
  const pyOfTs = new Map<number, number>();
  const tsOfPy = new Map<number, number[]>();
  eachMapping(new TraceMap(map), (m) => {
    if (m.originalLine === null) return;
    if (!pyOfTs.has(m.generatedLine)) pyOfTs.set(m.generatedLine, m.originalLine);
    const lines = tsOfPy.get(m.originalLine) ?? [];
    if (!lines.includes(m.generatedLine)) lines.push(m.generatedLine);
    tsOfPy.set(m.originalLine, lines);
  });
  for (const lines of tsOfPy.values()) lines.sort((a, b) => a - b);
  return { pyOfTs, tsOfPy };
}
