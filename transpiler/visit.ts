// Generic traversal of the AST: the direct sub-expressions of an expression, so passes that
// only care about a few kinds do not each repeat the whole union.
import type { Expr, FormatPart } from "./ast.js";

function fieldExprs(parts: FormatPart[] | null, out: Expr[]): void {
  if (!parts) return;
  for (const p of parts) {
    if (typeof p === "string") continue;
    out.push(p.expr);
    fieldExprs(p.spec, out);
  }
}

/** The direct sub-expressions of `e`, in source order (comprehension and lambda bodies included). */
export function exprChildren(e: Expr): Expr[] {
  switch (e.kind) {
    case "VariableName":
    case "Number":
    case "String":
    case "Constant":
    case "Unsupported":
      return [];
    case "FormatString": {
      const out: Expr[] = [];
      fieldExprs(e.parts, out);
      return out;
    }
    case "BinaryExpression":
    case "BoolOp":
      return [e.left, e.right];
    case "Compare":
      return e.operands;
    case "UnaryExpression":
      return [e.operand];
    case "AwaitExpression":
    case "StarredExpression":
      return [e.value];
    case "TupleExpression":
    case "ArrayExpression":
    case "SetExpression":
      return e.elts;
    case "DictionaryExpression":
      return e.entries.flatMap((en) => (en.key ? [en.key, en.value] : [en.value]));
    case "ArrayComprehensionExpression":
    case "SetComprehensionExpression":
    case "DictionaryComprehensionExpression":
    case "ComprehensionExpression":
      return [
        ...e.generators.flatMap((g) => [g.iter, g.target, ...g.ifs]),
        e.elt,
        ...(e.value ? [e.value] : []),
      ];
    case "CallExpression":
      return [e.func, ...e.args.map((a) => a.value)];
    case "MemberExpression":
      return [e.object];
    case "SubscriptExpression":
      return [e.object, e.index];
    case "SliceExpression":
      return [e.lower, e.upper, e.step].filter((x): x is Expr => x !== null);
    case "ConditionalExpression":
      return [e.test, e.body, e.orelse];
    case "LambdaExpression":
      return [...e.params.flatMap((p) => (p.default ? [p.default] : [])), e.body];
    case "YieldExpression":
      return e.value ? [e.value] : [];
    case "NamedExpression":
      return [e.target, e.value];
  }
}

/** Whether `e` reads one of `names` (nested lambdas and comprehensions included). */
export function mentions(e: Expr, names: Set<string>): boolean {
  if (e.kind === "VariableName") return names.has(e.name);
  return exprChildren(e).some((x) => mentions(x, names));
}
