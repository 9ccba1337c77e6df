// Diagnostics: what the transpiler says about a program it cannot (fully) translate.

/** A 1-based line and 1-based column (CPython's convention for SyntaxError positions). */
export interface Position {
  line: number;
  column: number;
}

/** One message about the Python source, with the span it concerns. */
export interface Diagnostic {
  /** "error" stops the program from running; "warning" does not. */
  severity: "error" | "warning";
  /** The Python exception class CPython would raise at compile time, if any. */
  kind: "SyntaxError" | "IndentationError" | "TabError" | "NotSupported";
  /** CPython's wording for syntax errors (e.g. "'await' outside function"); for unsupported
   * constructs it starts with "not supported yet: ". */
  message: string;
  /** Character offsets into the source, `from` inclusive, `to` exclusive. */
  from: number;
  to: number;
  /** Where it starts, as CPython reports it. */
  start: Position;
}

/** Converts a character offset into a 1-based line and column. */
export function positionAt(source: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
