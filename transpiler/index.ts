// The transpiler's public API: Python source → readable TypeScript + source map + diagnostics.
export type { Diagnostic, Position } from "./diagnostics.js";
export { positionAt } from "./diagnostics.js";
export type { LineMapping, SourceMapV3 } from "./sourcemap.js";
export { lineMapping } from "./sourcemap.js";
export type { TranspileOptions, TranspileResult } from "./transpile.js";
export { transpile } from "./transpile.js";
