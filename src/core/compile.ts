// Bundles emitted TypeScript into one ESM program with esbuild (contract §5); works with the
// Node `esbuild` package and the browser's `esbuild-wasm`, which the caller passes in.
import type * as EsbuildTypes from "esbuild";

/** The part of the esbuild API this module uses (both `esbuild` and `esbuild-wasm` have it). */
export type Esbuild = Pick<typeof EsbuildTypes, "build">;

/** The global the host sets to the runtime module object before importing the compiled program. */
export const RUNTIME_GLOBAL = "__asyncio_ts_runtime__";

/** Compiled JavaScript with its source map (JS position → TS position). */
export interface CompiledProgram {
  code: string;
  /** esbuild's V3 source map as JSON text. */
  map: string;
}

// A CommonJS virtual module, so that any name the program imports is looked up on the global at
// run time; an ESM re-export would have to list the runtime's names here.
const RUNTIME_MODULE = `module.exports = globalThis.${RUNTIME_GLOBAL};`;

const runtimePlugin: EsbuildTypes.Plugin = {
  name: "asyncio-ts-runtime",
  setup(build) {
    build.onResolve({ filter: /^asyncio-ts\/runtime$/ }, () => ({
      path: "asyncio-ts/runtime",
      namespace: "asyncio-ts",
    }));
    build.onLoad({ filter: /.*/, namespace: "asyncio-ts" }, () => ({
      contents: RUNTIME_MODULE,
      loader: "js",
    }));
  },
};

/** Bundles `tsCode` and returns the JavaScript and its source map. */
export async function compileProgramWithMap(
  esbuild: Esbuild,
  tsCode: string,
  fileName = "main.ts",
): Promise<CompiledProgram> {
  const result = await esbuild.build({
    stdin: { contents: tsCode, loader: "ts", sourcefile: fileName },
    bundle: true,
    format: "esm",
    target: "es2022",
    platform: "neutral",
    write: false,
    outfile: "program.js",
    // Bundling may rename `function main` inside `const main = async_def(...)` to `main2`; Python
    // names show in reprs and warnings, so keep `.name` as written.
    keepNames: true,
    sourcemap: "external",
    logLevel: "silent",
    plugins: [runtimePlugin],
  });
  const files = result.outputFiles ?? [];
  const js = files.find((f) => f.path.endsWith(".js"));
  const map = files.find((f) => f.path.endsWith(".map"));
  if (js === undefined || map === undefined) throw new Error("esbuild produced no output");
  return { code: js.text, map: map.text };
}

/** Bundles emitted TypeScript into ESM JavaScript that imports the runtime from the global. */
export async function compileProgram(esbuild: Esbuild, tsCode: string): Promise<string> {
  return (await compileProgramWithMap(esbuild, tsCode)).code;
}
