// Assignment, deletion and loop targets that Lezer's grammar accepts but CPython 3.11 rejects
// ("cannot assign to function call", ...): invalid_assignment and friends in Grammar/python.gram.

import type { SyntaxNode } from "@lezer/common";
import { type Candidate, nodeError, type SyntaxContext, tokenIndexAt } from "./syntax-parse.js";

const NAMES: Record<string, string> = {
  CallExpression: "function call",
  UnaryExpression: "expression",
  ConditionalExpression: "conditional expression",
  LambdaExpression: "lambda",
  AwaitExpression: "await expression",
  YieldExpression: "yield expression",
  Number: "literal",
  String: "literal",
  FormatString: "f-string expression",
  None: "None",
  Ellipsis: "ellipsis",
  DictionaryExpression: "dict literal",
  SetExpression: "set display",
  DictionaryComprehensionExpression: "dict comprehension",
  SetComprehensionExpression: "set comprehension",
  ArrayComprehensionExpression: "list comprehension",
  ComprehensionExpression: "generator expression",
  ArrayExpression: "list",
  TupleExpression: "tuple",
  NamedExpression: "named expression",
  VariableName: "name",
  MemberExpression: "attribute",
};

const kids = (node: SyntaxNode): SyntaxNode[] => {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
};

const PUNCTUATION = new Set(["(", ")", "[", "]", ",", "Comment"]);

/** CPython's `_PyPegen_get_expr_name` for a Lezer expression node. */
export function expressionName(node: SyntaxNode): string | null {
  if (node.name === "Boolean") return null;
  if (node.name === "ParenthesizedExpression") {
    const inner = kids(node).find((k) => !PUNCTUATION.has(k.name));
    return inner ? expressionName(inner) : null;
  }
  if (node.name === "ContinuedString") {
    return kids(node).some((k) => k.name === "FormatString") ? "f-string expression" : "literal";
  }
  if (node.name === "BinaryExpression") {
    const op = kids(node)[1];
    if (op && ["CompareOp", "in", "not", "is"].includes(op.name)) return "comparison";
    return "expression";
  }
  return NAMES[node.name] ?? null;
}

/** The first part of a target that cannot be assigned to (mirrors `_PyPegen_get_invalid_target`). */
function invalidTarget(nodes: SyntaxNode[], deleting: boolean): SyntaxNode | null {
  for (const node of nodes) {
    if (PUNCTUATION.has(node.name) || node.name === "*") continue;
    if (node.name === "VariableName" || node.name === "MemberExpression") continue;
    if (
      node.name === "TupleExpression" ||
      node.name === "ArrayExpression" ||
      node.name === "ParenthesizedExpression"
    ) {
      const inner = invalidTarget(kids(node), deleting);
      if (inner) return inner;
      continue;
    }
    return node;
  }
  return null;
}

function nameOf(node: SyntaxNode, source: string): string {
  if (node.name === "Boolean") return source.slice(node.from, node.to);
  return expressionName(node) ?? "expression";
}

/** Splits a statement's children into the segments between `=` signs. */
function segments(node: SyntaxNode): { parts: SyntaxNode[][]; ops: SyntaxNode[] } {
  const parts: SyntaxNode[][] = [[]];
  const ops: SyntaxNode[] = [];
  for (const kid of kids(node)) {
    if (kid.name === "AssignOp" || kid.name === "UpdateOp") {
      ops.push(kid);
      parts.push([]);
    } else parts[parts.length - 1]?.push(kid);
  }
  return { parts, ops };
}

const EXCLUDED_HERE = new Set([
  "ArrayExpression",
  "TupleExpression",
  "ComprehensionExpression",
  "Boolean",
  "None",
]);

function assignment(ctx: SyntaxContext, node: SyntaxNode): Candidate | null {
  const { parts, ops } = segments(node);
  const annotation = parts[0]?.find((k) => k.name === "TypeDef");
  const first = (parts[0] ?? []).filter((k) => k.name !== "TypeDef");
  if (annotation) {
    const targets = first.filter((k) => !PUNCTUATION.has(k.name));
    const index = tokenIndexAt(ctx, annotation.from);
    const head = targets[0];
    if (!head) return null;
    if (targets.length > 1 || head.name === "TupleExpression" || head.name === "ArrayExpression") {
      const what = head.name === "ArrayExpression" ? "list" : "tuple";
      return {
        index,
        error: nodeError(
          ctx,
          `only single target (not ${what}) can be annotated`,
          head.from,
          head.to,
        ),
      };
    }
    if (head.name !== "VariableName" && head.name !== "MemberExpression") {
      return { index, error: nodeError(ctx, "illegal target for annotation", head.from, head.to) };
    }
  }
  if (ops.length === 0) return null;
  const targets = parts.slice(0, -1).map((part) => part.filter((k) => k.name !== "TypeDef"));
  for (const [n, target] of targets.entries()) {
    const bad = invalidTarget(target, false);
    if (!bad) continue;
    const index = tokenIndexAt(ctx, ops[n]?.from ?? bad.to);
    if (bad.name === "YieldExpression") {
      return {
        index,
        error: nodeError(ctx, "assignment to yield expression not possible", bad.from, bad.to),
      };
    }
    const elements = target.filter((k) => !PUNCTUATION.has(k.name));
    const single = elements.length === 1;
    const last = elements[elements.length - 1];
    if (n === 0 && ops.length === 1 && !single && last && last.name !== "*") {
      // `a, f() = 1`: invalid_named_expression fires on the tuple's last element and the value.
      const value = (parts[1] ?? []).find((k) => !PUNCTUATION.has(k.name));
      if (last.name === "VariableName" && value) {
        const message = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
        return { index, error: nodeError(ctx, message, last.from, value.to) };
      }
      const lastName =
        last.name === "MemberExpression" && ctx.source[last.to - 1] === "]"
          ? "subscript"
          : nameOf(last, ctx.source);
      if (!EXCLUDED_HERE.has(last.name)) {
        const message = `cannot assign to ${lastName} here. Maybe you meant '==' instead of '='?`;
        return { index, error: nodeError(ctx, message, last.from, last.to) };
      }
    }
    const here = n === 0 && ops.length === 1 && single && !EXCLUDED_HERE.has(target[0]?.name ?? "");
    const isBitwiseOr = ![
      "ConditionalExpression",
      "LambdaExpression",
      "NamedExpression",
      "UnaryExpression",
    ].includes(bad.name);
    const comparison = bad.name === "BinaryExpression" && expressionName(bad) === "comparison";
    const andOr =
      bad.name === "BinaryExpression" &&
      /^\S+\s+(and|or)\b/.test(ctx.source.slice(bad.from, bad.to));
    const name = nameOf(bad, ctx.source);
    const message =
      here && isBitwiseOr && !comparison && !andOr
        ? `cannot assign to ${name} here. Maybe you meant '==' instead of '='?`
        : `cannot assign to ${name}`;
    return { index, error: nodeError(ctx, message, bad.from, bad.to) };
  }
  return null;
}

function augmented(ctx: SyntaxContext, node: SyntaxNode): Candidate | null {
  const { parts, ops } = segments(node);
  const target = (parts[0] ?? []).filter((k) => !PUNCTUATION.has(k.name));
  const head = target[0];
  const last = target[target.length - 1];
  if (!head || !last || !ops[0]) return null;
  const index = tokenIndexAt(ctx, ops[0].from);
  if (target.length > 1) {
    return {
      index,
      error: nodeError(
        ctx,
        "'tuple' is an illegal expression for augmented assignment",
        head.from,
        last.to,
      ),
    };
  }
  if (head.name === "VariableName" || head.name === "MemberExpression") return null;
  const message = `'${nameOf(head, ctx.source)}' is an illegal expression for augmented assignment`;
  return { index, error: nodeError(ctx, message, head.from, head.to) };
}

/** Targets between `for` and `in` (statements and comprehensions). */
function loopTargets(ctx: SyntaxContext, node: SyntaxNode): Candidate | null {
  let inTarget = false;
  let target: SyntaxNode[] = [];
  for (const kid of kids(node)) {
    if (kid.name === "for") {
      inTarget = true;
      target = [];
    } else if (kid.name === "in" && inTarget) {
      inTarget = false;
      const bad = invalidTarget(target, false);
      if (bad) {
        const index = tokenIndexAt(ctx, kid.from);
        return {
          index,
          error: nodeError(ctx, `cannot assign to ${nameOf(bad, ctx.source)}`, bad.from, bad.to),
        };
      }
    } else if (inTarget) target.push(kid);
  }
  return null;
}

function deletion(ctx: SyntaxContext, node: SyntaxNode): Candidate | null {
  const targets = kids(node).filter((k) => k.name !== "del");
  const bad = invalidTarget(targets, true);
  if (!bad) return null;
  const index = tokenIndexAt(ctx, bad.from);
  return {
    index,
    error: nodeError(ctx, `cannot delete ${nameOf(bad, ctx.source)}`, bad.from, bad.to),
  };
}

function walrus(ctx: SyntaxContext, node: SyntaxNode): Candidate | null {
  const target = node.firstChild;
  if (!target || target.name === "VariableName") return null;
  const message = `cannot use assignment expressions with ${nameOf(target, ctx.source)}`;
  return {
    index: tokenIndexAt(ctx, target.to),
    error: nodeError(ctx, message, target.from, target.to),
  };
}

/** The first invalid target in the module, as the parse failure CPython reports for it. */
export function targetCandidate(ctx: SyntaxContext): Candidate | null {
  let found: Candidate | null = null;
  const errors: number[] = [];
  ctx.tree.iterate({
    enter(ref) {
      if (ref.type.isError) errors.push(ref.from);
    },
  });
  // A statement Lezer had to repair is not what CPython sees: leave it to the parse error.
  const repaired = (node: SyntaxNode): boolean =>
    errors.some((e) => e >= node.from && e <= node.to);
  ctx.tree.iterate({
    enter(ref) {
      if (found) return false;
      const node = ref.node;
      if (repaired(node)) return undefined;
      switch (node.name) {
        case "AssignStatement":
          found = assignment(ctx, node);
          break;
        case "UpdateStatement":
          found = augmented(ctx, node);
          break;
        case "ForStatement":
        case "ArrayComprehensionExpression":
        case "SetComprehensionExpression":
        case "DictionaryComprehensionExpression":
        case "ComprehensionExpression":
          found = loopTargets(ctx, node);
          break;
        case "DeleteStatement":
          found = deletion(ctx, node);
          break;
        case "NamedExpression":
          found = walrus(ctx, node);
          break;
      }
      return undefined;
    },
  });
  return found;
}
