// Vite builds the playground (index.html → dist/); Vitest (same file) runs the unit, golden and conformance tests.
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Relative asset URLs, so dist/ works from any static host and any sub-path.
  base: "./",
  worker: { format: "es" },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
  },
});
