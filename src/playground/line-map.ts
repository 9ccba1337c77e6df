// Line correspondence between the Python source and the TypeScript (and bundled JS) made from it,
// read from the transpiler's source map with @jridgewell/trace-mapping.
import {
  eachMapping,
  LEAST_UPPER_BOUND,
  originalPositionFor,
  type SourceMapInput,
  TraceMap,
} from "@jridgewell/trace-mapping";

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

const INLINE_MAP =
  /\/\/# sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)\s*$/;

/** The inline source map esbuild appended to a bundle, if there is one. */
export function inlineMapOf(js: string): SourceMapInput | null {
  const m = INLINE_MAP.exec(js);
  if (!m) return null;
  const bytes = Uint8Array.from(atob(m[1]!), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as SourceMapInput;
}

/**
 * Maps a position in the bundled JS (1-based line and column, as stack traces print them) to the
 * Python line, through the bundle's map (JS → TS) and the transpiler's (TS → Python).
 */
export function pyLineFinder(
  jsMap: SourceMapInput | null,
  tsMap: SourceMapInput,
): (jsLine: number, jsCol: number) => number | null {
  const js = jsMap ? new TraceMap(jsMap) : null;
  const ts = new TraceMap(tsMap);
  return (jsLine, jsCol) => {
    let line = jsLine;
    let column = Math.max(0, jsCol - 1);
    if (js) {
      const p = originalPositionFor(js, { line, column });
      if (p.line === null) return null;
      line = p.line;
      column = p.column;
    }
    const q = originalPositionFor(ts, { line, column });
    if (q.line !== null) return q.line;
    const r = originalPositionFor(ts, { line, column, bias: LEAST_UPPER_BOUND });
    return r.line;
  };
}
