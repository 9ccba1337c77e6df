// The module: the runtime import line (only the names used, sorted), hoisted module locals,
// the module docstring as JSDoc, and the body (which may use top-level `await`).
import type { Module } from "./ast.js";
import { fillHoisted } from "./emit-def.js";
import { block } from "./emit-stmt.js";
import type { Emitter } from "./emitter.js";

/** The module name emitted code imports the runtime from, unless the caller names another. */
export const defaultRuntimeModule = "asyncio-ts/runtime";

/** Emits a whole module. */
export function emitModule(em: Emitter, module: Module, runtimeModule: string): void {
  const importLine = em.out.placeholder();
  em.fn.placeholder = em.out.placeholder();
  const first = module.body[0];
  let body = module.body;
  if (first?.kind === "ExpressionStatement" && first.value.kind === "String") {
    em.commentsBefore(first.from);
    em.out.line(
      `/** ${first.value.value.trim().replace(/\*\//g, "*\\/").split("\n").join("\n * ")} */`,
      first.from,
    );
    body = body.slice(1);
  }
  block(em, body);
  em.commentsBefore(module.to + 1);
  fillHoisted(em, em.fn);
  const names = [...em.names.imports].sort();
  if (names.length) {
    // A blank line between the import and the code, as JS modules are written.
    const next = em.out.textAfter(importLine);
    const gap = next !== null && next !== "" ? "\n" : "";
    em.out.fill(
      importLine,
      `import { ${names.join(", ")} } from ${JSON.stringify(runtimeModule)};${gap}`,
    );
  }
}
