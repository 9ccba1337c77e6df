// Development stand-in for src/core/compile.ts (helper H1) until it lands; vite.config.ts aliases to it.
import type * as esbuildTypes from "esbuild-wasm";

const RUNTIME = "asyncio-ts/runtime";

/** Bundles emitted TypeScript, resolving the runtime module to the host's global. */
export async function compileProgram(
  esbuild: typeof esbuildTypes,
  tsCode: string,
): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents: tsCode, loader: "ts", sourcefile: "main.ts" },
    bundle: true,
    format: "esm",
    write: false,
    plugins: [
      {
        name: "asyncio-ts-runtime",
        setup(build) {
          build.onResolve({ filter: /^asyncio-ts\/runtime$/ }, () => ({
            path: RUNTIME,
            namespace: "rt",
          }));
          build.onLoad({ filter: /.*/, namespace: "rt" }, () => ({
            contents:
              "const rt = globalThis.__asyncio_ts_runtime__; export const print = rt.print;",
            loader: "js",
          }));
        },
      },
    ],
  });
  return result.outputFiles[0]!.text;
}
