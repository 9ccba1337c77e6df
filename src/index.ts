// The library API of asyncio-ts: transpile Python to TypeScript, compile it, run it.
export type { Diagnostic } from "../transpiler/diagnostics.js";
export { transpile } from "../transpiler/index.js";
export {
  type CompiledProgram,
  compileProgram,
  compileProgramWithMap,
  type Esbuild,
} from "./core/compile.js";
export { type RunOptions, type RunResult, run } from "./core/run.js";
