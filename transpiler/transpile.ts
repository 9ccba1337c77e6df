// The pipeline every front end calls: parse → syntax errors → build → check → emit → source map.
import { build } from "./build.js";
import { check } from "./check.js";
import type { Diagnostic } from "./diagnostics.js";
import { defaultRuntimeModule, emitModule } from "./emit-module.js";
import { Emitter } from "./emitter.js";
import { NameManager } from "./names.js";
import { parse } from "./parse.js";
import { Printer } from "./printer.js";
import { runtimeModules } from "./runtime-names.js";
import { buildSourceMap, type SourceMapV3 } from "./sourcemap.js";
import { syntaxErrors } from "./syntax-errors.js";

/** Options for `transpile`. */
export interface TranspileOptions {
  /** The Python file's name, used in the source map (default "main.py"). */
  fileName?: string;
  /** The module emitted code imports the runtime from (default "asyncio-ts/runtime"). */
  runtimeModule?: string;
}

/** What `transpile` returns. */
export interface TranspileResult {
  /** The TypeScript; "" when a syntax error makes the program unusable. */
  code: string;
  /** TS positions → Python positions. */
  map: SourceMapV3;
  diagnostics: Diagnostic[];
}

/** Transpiles Python source to TypeScript. Never throws on bad input. */
export function transpile(source: string, options: TranspileOptions = {}): TranspileResult {
  const fileName = options.fileName ?? "main.py";
  const tree = parse(source);
  const syntax = safeSyntaxErrors(source, tree);
  if (syntax.some((d) => d.severity === "error")) {
    return { code: "", map: buildSourceMap([], source, fileName), diagnostics: syntax };
  }
  try {
    const { module, diagnostics } = build(tree, source);
    const analysis = check(module);
    const printer = new Printer();
    const names = new NameManager(identifiers(source), new Set(allBound(analysis)));
    const emitter = new Emitter(analysis, names, printer, source, diagnostics, module);
    emitModule(emitter, module, options.runtimeModule ?? defaultRuntimeModule);
    const { code, mappings } = printer.finish();
    const all = [...syntax, ...dedupe(diagnostics)].sort((a, b) => a.from - b.from);
    return { code, map: buildSourceMap(mappings, source, fileName), diagnostics: all };
  } catch (e) {
    // A transpiler bug must not take the front end down: report it as a diagnostic.
    const internal: Diagnostic = {
      severity: "error",
      kind: "NotSupported",
      message: `not supported yet: this program (internal error: ${String(e)})`,
      from: 0,
      to: 0,
      start: { line: 1, column: 1 },
    };
    return {
      code: "",
      map: buildSourceMap([], source, fileName),
      diagnostics: [...syntax, internal],
    };
  }
}

/** syntax-errors.ts, never throwing: a bug there must not take the transpiler down. */
function safeSyntaxErrors(source: string, tree: ReturnType<typeof parse>): Diagnostic[] {
  try {
    return syntaxErrors(source, tree);
  } catch {
    return [];
  }
}

function identifiers(source: string): Set<string> {
  return new Set(source.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
}

/** Names the program binds itself (imports of runtime modules excepted: those are the runtime's). */
function allBound(analysis: ReturnType<typeof check>): string[] {
  const out: string[] = [];
  for (const s of analysis.scopes.values()) {
    for (const [name, bindings] of s.bindings) {
      const imp = bindings[0].stmt;
      const fromRuntime =
        bindings.length === 1 &&
        imp?.kind === "ImportStatement" &&
        imp.names.some((n) => runtimeModules.has(imp.module ?? n.name));
      if (!fromRuntime) out.push(name);
    }
  }
  return out;
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.from}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
