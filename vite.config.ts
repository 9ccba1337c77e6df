// Vite builds the playground (index.html → dist/); Vitest (same file) runs the unit, golden and conformance tests.
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

/** Modules other helpers write → [the playground's stand-in, files that must exist to use the real one]. */
const standIns: Record<string, [string, string[]]> = {
  [resolve(root, "transpiler/index.ts")]: [
    "src/playground/stubs/transpiler.ts",
    ["transpiler/index.ts"],
  ],
  [resolve(root, "runtime/index.ts")]: [
    "src/playground/stubs/runtime.ts",
    ["program.ts", "asyncio/index.ts", "builtins/index.ts", "stdlib/index.ts"].map(
      (f) => `runtime/${f}`,
    ),
  ],
};

/** Resolves an import of a not-yet-written module to its stand-in (a workaround for parallel work). */
function standInsForMissing(): Plugin {
  return {
    name: "asyncio-ts-stand-ins",
    enforce: "pre",
    resolveId(source, importer) {
      if (!importer || !source.startsWith(".")) return null;
      const target = resolve(dirname(importer), source).replace(/\.js$/, ".ts");
      const entry = standIns[target];
      if (!entry || entry[1].every((f) => existsSync(resolve(root, f)))) return null;
      return resolve(root, entry[0]);
    },
  };
}

export default defineConfig({
  base: "./",
  plugins: [standInsForMissing()],
  worker: { format: "es", plugins: () => [standInsForMissing()] },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
  },
});
