// Source maps: printed-line origins → a V3 map (TS position → Python position), and the
// line look-ups front ends need (which Python line a TS line came from, and back).
import { addMapping, GenMapping, setSourceContent, toEncodedMap } from "@jridgewell/gen-mapping";
import { decodedMappings, TraceMap } from "@jridgewell/trace-mapping";
import { positionAt } from "./diagnostics.js";
import type { PrintedMapping } from "./printer.js";

/** A source map, version 3, with encoded mappings. */
export interface SourceMapV3 {
  version: 3;
  file?: string | null;
  names: readonly string[];
  sourceRoot?: string;
  sources: readonly (string | null)[];
  sourcesContent?: readonly (string | null)[];
  mappings: string;
  ignoreList?: readonly number[];
}

/** Builds the V3 map for printed code from `fileName` (whose text is `source`). */
export function buildSourceMap(
  mappings: PrintedMapping[],
  source: string,
  fileName: string,
): SourceMapV3 {
  const gen = new GenMapping({ file: fileName.replace(/\.py$/, ".ts") });
  setSourceContent(gen, fileName, source);
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1);
  for (const m of mappings) {
    const pos = positionAt(source, m.origin);
    addMapping(gen, {
      generated: { line: m.line + 1, column: m.column },
      source: fileName,
      original: { line: pos.line, column: pos.column - 1 },
    });
  }
  const map = toEncodedMap(gen);
  return { ...map, version: 3, sourcesContent: [source] } as SourceMapV3;
}

/** Line look-ups over a transpile result (1-based lines). */
export interface LineMapping {
  /** The Python line TS line `tsLine` came from, or null (imports, braces). */
  pyLineOf(tsLine: number): number | null;
  /** The TS lines generated from Python line `pyLine`. */
  tsLinesOf(pyLine: number): number[];
}

/** Indexes a result's source map by line, both ways. */
export function lineMapping(result: { map: SourceMapV3 }): LineMapping {
  const decoded = decodedMappings(new TraceMap(result.map as never));
  const toPy = new Map<number, number>();
  const toTs = new Map<number, number[]>();
  decoded.forEach((segments, i) => {
    for (const seg of segments) {
      if (seg.length < 4) continue;
      const py = (seg[2] as number) + 1;
      if (!toPy.has(i + 1)) toPy.set(i + 1, py);
      const list = toTs.get(py) ?? [];
      if (!list.includes(i + 1)) list.push(i + 1);
      toTs.set(py, list);
    }
  });
  return {
    pyLineOf: (tsLine) => toPy.get(tsLine) ?? null,
    tsLinesOf: (pyLine) => toTs.get(pyLine) ?? [],
  };
}
