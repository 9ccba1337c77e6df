// The stderr text of a program that does not compile, as the CLI prints it (src/core/run.ts's
// rule, restated here because that module imports Node's esbuild): CPython's SyntaxError block for
// the first syntax error, else every unsupported-construct diagnostic.
import type { Diagnostic } from "../../transpiler/diagnostics.js";
import { compilerDiagnostic, cpythonSyntaxError, isCPythonError } from "../core/diagnostic-text.js";

/** The text to print, or null when the diagnostics hold no error. */
export function compileErrorText(
  source: string,
  diagnostics: Diagnostic[],
  fileName: string,
): string | null {
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) return null;
  const syntax = errors.find(isCPythonError);
  if (syntax !== undefined) return cpythonSyntaxError(source, syntax, fileName);
  return errors.map((d) => compilerDiagnostic(source, d, fileName)).join("");
}
