// Test helpers: transpile a snippet and return its code (asserting no diagnostics), or run it.
import { run } from "../../../src/core/run.js";
import { transpile } from "../../../transpiler/index.js";

/** The emitted TypeScript for Python source that must transpile cleanly. */
export function ts(source: string): string {
  const result = transpile(source);
  const errors = result.diagnostics.map((d) => `${d.start.line}:${d.start.column} ${d.message}`);
  if (errors.length) throw new Error(`unexpected diagnostics: ${errors.join("; ")}`);
  return result.code;
}

/** The emitted TypeScript without its runtime import line. */
export function body(source: string): string {
  return ts(source).replace(/^import .*\n\n?/, "");
}

/** Runs Python source through transpile → esbuild → runtime; stdout, or stdout+stderr on failure. */
export async function output(source: string): Promise<string> {
  const r = await run(source, { fileName: "main.py" });
  return r.exitCode === 0 && r.stderr === ""
    ? r.stdout
    : `${r.stdout}--- exit ${r.exitCode}\n${r.stderr}`;
}
