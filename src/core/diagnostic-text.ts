// Text for the transpiler's diagnostics: CPython's SyntaxError block (what `python3 FILE` prints)
// and the CLI's `FILE.py:LINE:COL: error: MESSAGE` format with the source line and a caret.
import type { Diagnostic } from "../../transpiler/diagnostics.js";

/** Start and end offsets of the source line containing `offset`, without its newline. */
function lineAround(source: string, offset: number): { start: number; end: number } {
  const start = source.lastIndexOf("\n", offset - 1) + 1;
  const newline = source.indexOf("\n", offset);
  let end = newline === -1 ? source.length : newline;
  if (end > start && source[end - 1] === "\r") end--;
  return { start, end };
}

/** Caret count for a span that starts at `from` on a line ending at `lineEnd`. */
function caretWidth(d: Diagnostic, lineEnd: number): number {
  const to = Math.min(d.to, lineEnd);
  return Math.max(1, to - d.from);
}

/** CPython's report of a compile-time error, as its default excepthook prints it (3.11). */
export function cpythonSyntaxError(source: string, d: Diagnostic, fileName: string): string {
  const out = [`  File "${fileName}", line ${d.start.line}\n`];
  const { start, end } = lineAround(source, d.from);
  const text = source.slice(start, end);
  const stripped = text.replace(/^[ \t\f]+/, "");
  out.push(`    ${stripped}\n`);
  const indent = text.length - stripped.length;
  const col = Math.min(d.from - start - indent, stripped.length);
  if (col >= 0) out.push(`    ${" ".repeat(col)}${"^".repeat(caretWidth(d, end))}\n`);
  const kind = d.kind === "NotSupported" ? "SyntaxError" : d.kind;
  out.push(`${kind}: ${d.message}\n`);
  return out.join("");
}

/** `FILE.py:LINE:COL: error: MESSAGE`, then the source line and a caret under the span. */
export function compilerDiagnostic(source: string, d: Diagnostic, fileName: string): string {
  const { start, end } = lineAround(source, d.from);
  const line = source.slice(start, end);
  const pad = line.slice(0, d.from - start).replace(/[^\t]/g, " ");
  return (
    `${fileName}:${d.start.line}:${d.start.column}: ${d.severity}: ${d.message}\n` +
    `${line}\n${pad}${"^".repeat(caretWidth(d, end))}\n`
  );
}

/** True for diagnostics CPython itself reports (SyntaxError and its subclasses). */
export function isCPythonError(d: Diagnostic): boolean {
  return d.kind !== "NotSupported";
}
