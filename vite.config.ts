// Vite builds the playground (index.html → dist/); Vitest (same file) runs the unit, golden and conformance tests.
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

/**
 * The built page's Content Security Policy: scripts only from the site itself (no eval, no CDN);
 * WebAssembly compilation allowed for esbuild.wasm; inline styles for CodeMirror's themes.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "asyncio-ts-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CSP },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
  // Relative asset URLs, so dist/ works from any static host and any sub-path.
  base: "./",
  plugins: [contentSecurityPolicy()],
  worker: { format: "es" },
  // The page's one chunk holds CodeMirror, the Python grammar and the examples: ~206 KB gzipped (`npm run measure`).
  build: { target: "es2022", outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 700 },
  // The workers' dependencies, listed so the dev server does not reload once on first use.
  optimizeDeps: {
    include: [
      "esbuild-wasm",
      "@jridgewell/gen-mapping",
      "@jridgewell/trace-mapping",
      "@lezer/python",
      "fflate",
    ],
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
  },
});
