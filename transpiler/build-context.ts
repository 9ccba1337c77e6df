// Shared state and tree helpers for the Lezer tree → AST builders (build.ts, build-expr.ts).
import type { SyntaxNode } from "@lezer/common";
import type { Span } from "./ast.js";
import { type Diagnostic, positionAt } from "./diagnostics.js";

/** What the builders share: the source text and the diagnostics collected so far. */
export class BuildContext {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly source: string) {}

  /** The source text of a node. */
  text(node: Span): string {
    return this.source.slice(node.from, node.to);
  }

  /** Reports `not supported yet: <what>` at a span. */
  unsupported(span: Span, what: string): void {
    this.diagnostics.push({
      severity: "error",
      kind: "NotSupported",
      message: `not supported yet: ${what}`,
      from: span.from,
      to: span.to,
      start: positionAt(this.source, span.from),
    });
  }
}

/** The children of a node, comments excluded. */
export function kids(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name !== "Comment") out.push(c);
  }
  return out;
}

/** Splits a run of nodes on `,` tokens (empty groups from a trailing comma are dropped). */
export function splitCommas(nodes: SyntaxNode[]): SyntaxNode[][] {
  const groups: SyntaxNode[][] = [[]];
  for (const n of nodes) {
    if (n.name === ",") groups.push([]);
    else groups[groups.length - 1].push(n);
  }
  return groups.filter((g) => g.length > 0);
}

/** Whether the run contains a top-level `,` (so `a,` is a tuple). */
export function hasComma(nodes: SyntaxNode[]): boolean {
  return nodes.some((n) => n.name === ",");
}
