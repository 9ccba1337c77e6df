// Renders transpiler diagnostics as the text a run prints on stderr: CPython's SyntaxError block,
// or `file:line:col: error: message` for constructs asyncio-ts does not support.
import type { Diagnostic } from "../../transpiler/diagnostics.js";

/** The stderr text for the first error among the diagnostics (CPython stops at the first, too). */
export function diagnosticText(
  source: string,
  fileName: string,
  diagnostics: Diagnostic[],
): string {
  const d = diagnostics.find((x) => x.severity === "error");
  if (!d) return "";
  const lineText = source.split("\n")[d.start.line - 1] ?? "";
  if (d.kind === "NotSupported") {
    return `${fileName}:${d.start.line}:${d.start.column}: error: ${d.message}\n    ${lineText.trim()}\n`;
  }
  const indent = lineText.length - lineText.trimStart().length;
  const caretCol = Math.max(0, d.start.column - 1 - indent);
  const width = Math.max(1, Math.min(d.to - d.from, lineText.length - d.start.column + 1));
  return (
    `  File "${fileName}", line ${d.start.line}\n` +
    `    ${lineText.trim()}\n` +
    `    ${" ".repeat(caretCol)}${"^".repeat(width)}\n` +
    `${d.kind}: ${d.message}\n`
  );
}
