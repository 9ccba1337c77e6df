// Converts between offsets in the original source and CPython's (line, column) positions:
// lines split at \n, \r\n or \r; columns count code points, as CPython's SyntaxError offsets do.

/** A line/column index over one source text. */
export class LineIndex {
  /** Offset of the first character of each line (index 0 is line 1). */
  readonly starts: number[] = [0];

  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      const c = source[i];
      if (c === "\n" || (c === "\r" && source[i + 1] !== "\n")) this.starts.push(i + 1);
    }
  }

  /** The 1-based line holding `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 1-based line and 0-based code-point column of `offset`. */
  position(offset: number): { line: number; col: number } {
    const line = this.lineOf(offset);
    let col = 0;
    for (let i = this.starts[line - 1] ?? 0; i < offset && i < this.source.length; i++) {
      const code = this.source.charCodeAt(i);
      if (code < 0xdc00 || code > 0xdfff) col++;
    }
    return { line, col };
  }

  /** The offset of 1-based `line` and 0-based code-point column `col`, clamped to the line. */
  offset(line: number, col: number): number {
    if (line > this.starts.length) return this.source.length;
    let i = this.starts[Math.max(1, line) - 1] ?? 0;
    for (let n = 0; n < col && i < this.source.length; n++) {
      const c = this.source[i];
      if (c === "\n" || c === "\r") break;
      const code = this.source.charCodeAt(i);
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    }
    return i;
  }
}

/** A SyntaxError as CPython reports it: `e.lineno`, `e.offset` (1-based), `e.end_lineno`, `e.end_offset`. */
export interface CPythonError {
  kind: "SyntaxError" | "IndentationError" | "TabError";
  message: string;
  line: number;
  offset: number;
  endLine: number;
  endOffset: number;
}
