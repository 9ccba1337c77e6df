// The pipeline every front end calls: parse → syntax errors → build → check → emit → source map.
import type { Tree } from "@lezer/common";
import { argListAt, build, soleGeneratorArgument } from "./build.js";
import { check } from "./check.js";
import { type Diagnostic, positionAt } from "./diagnostics.js";
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
  const syntax = checkSyntax(source, tree);
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

const unparenthesized = "Generator expression must be parenthesized";

/**
 * syntax-errors.ts, with a workaround: it reports a lone generator argument with a tuple target
 * (`f(x for a, b in y)`) as unparenthesized, which CPython accepts. Such arguments are
 * parenthesized in a copy of the source and the check is redone (it reports only the first
 * error), mapping positions back to the original.
 */
function checkSyntax(source: string, tree: Tree): Diagnostic[] {
  let text = source;
  let current = tree;
  const inserted: number[] = [];
  for (let round = 0; round < 50; round++) {
    const diagnostics = safeSyntaxErrors(text, current);
    const falseAlarm = diagnostics.find(
      (d) => d.message === unparenthesized && soleGeneratorArgument(current, d.from),
    );
    const args = falseAlarm ? argListAt(current, falseAlarm.from) : null;
    if (!args) return diagnostics.map((d) => mapBack(d, inserted, text, source));
    const open = args.from + 1;
    const close = args.to - 1;
    text = `${text.slice(0, open)}(${text.slice(open, close)})${text.slice(close)}`;
    for (let i = 0; i < inserted.length; i++) {
      if (inserted[i] >= close) inserted[i] += 2;
      else if (inserted[i] >= open) inserted[i] += 1;
    }
    inserted.push(open, close + 1);
    current = parse(text);
  }
  return safeSyntaxErrors(source, tree);
}

/** syntax-errors.ts, never throwing: a bug there must not take the transpiler down. */
function safeSyntaxErrors(source: string, tree: Tree): Diagnostic[] {
  try {
    return syntaxErrors(source, tree);
  } catch {
    return [];
  }
}

/** A diagnostic on the patched copy, placed in the original source. */
function mapBack(d: Diagnostic, inserted: number[], text: string, source: string): Diagnostic {
  if (!inserted.length) return d;
  const back = (p: number) => p - inserted.filter((i) => i < p).length;
  const lineStart = text
    .split("\n")
    .slice(0, d.start.line - 1)
    .join("\n").length;
  const startOffset = back((d.start.line > 1 ? lineStart + 1 : 0) + d.start.column - 1);
  return { ...d, from: back(d.from), to: back(d.to), start: positionAt(source, startOffset) };
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
