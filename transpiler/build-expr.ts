// Lezer expression nodes → AST expressions: one small builder per node name (table `builders`).
import type { SyntaxNode } from "@lezer/common";
import type {
  Arg,
  CompFor,
  Comprehension,
  Expr,
  FormatPart,
  FormatString,
  Param,
  StringLit,
} from "./ast.js";
import { type BuildContext, hasComma, kids, splitCommas } from "./build-context.js";
import { decodeEscapes, splitLiteral, stringValue } from "./strings.js";

type Builder = (node: SyntaxNode, cx: BuildContext) => Expr;

const span = (n: { from: number; to: number }) => ({ from: n.from, to: n.to });

const compareTokens = new Set(["CompareOp", "in", "not", "is"]);

/** Builds one expression node (any node in Lezer's Expression group, or a test). */
export function buildExpr(node: SyntaxNode | undefined, cx: BuildContext): Expr {
  // A missing child means Lezer recovered from a syntax error (reported by syntax-errors.ts).
  if (!node) return { kind: "Unsupported", what: "syntax error", from: 0, to: 0 };
  const builder = builders[node.name];
  if (builder) return builder(node, cx);
  if (node.type.isError) return { kind: "Unsupported", what: "syntax error", ...span(node) };
  cx.unsupported(node, `expression '${node.name}'`);
  return { kind: "Unsupported", what: node.name, ...span(node) };
}

/** Builds a comma-separated run: one expression, or a tuple when there is a comma. */
export function buildExprList(nodes: SyntaxNode[], cx: BuildContext): Expr {
  const groups = splitCommas(nodes);
  if (groups.length === 0) return buildExpr(undefined, cx);
  if (groups.length === 1 && !hasComma(nodes)) return buildElement(groups[0], cx);
  const elts = groups.map((g) => buildElement(g, cx));
  const from = nodes[0].from;
  const to = nodes[nodes.length - 1].to;
  return { kind: "TupleExpression", elts, from, to };
}

/** One element of a display or target list: `x` or `*x`. */
export function buildElement(group: SyntaxNode[], cx: BuildContext): Expr {
  if (group[0]?.name === "*" && group[1]) {
    return {
      kind: "StarredExpression",
      value: buildExpr(group[1], cx),
      from: group[0].from,
      to: group[1].to,
    };
  }
  return buildExpr(group[0], cx);
}

function number(node: SyntaxNode, cx: BuildContext): Expr {
  const raw = cx.text(node).replace(/_/g, "");
  if (/[jJ]$/.test(raw)) {
    cx.unsupported(node, "complex numbers");
    return { kind: "Unsupported", what: "complex", ...span(node) };
  }
  const lower = raw.toLowerCase();
  let value: number;
  if (/^0[box]/.test(lower)) {
    value = Number(lower);
  } else {
    value = Number(raw);
  }
  const isFloat = !/^0[box]/.test(lower) && /[.e]/.test(lower);
  return { kind: "Number", value, isFloat, ...span(node) };
}

function string(node: SyntaxNode, cx: BuildContext): Expr {
  const text = cx.text(node);
  if (splitLiteral(text).prefix.includes("b")) {
    cx.unsupported(node, "bytes literals");
    return { kind: "Unsupported", what: "bytes", ...span(node) };
  }
  return { kind: "String", value: stringValue(text), ...span(node) };
}

/** Decodes f-string literal text: escapes (unless raw) and `{{`/`}}`. */
function fstringText(text: string, raw: boolean): string {
  const t = text.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
  return raw ? t : decodeEscapes(t);
}

function pushText(parts: FormatPart[], text: string): void {
  if (text === "") return;
  const last = parts[parts.length - 1];
  if (typeof last === "string") parts[parts.length - 1] = last + text;
  else parts.push(text);
}

/** The parts between `start` and `end` of a node that holds FormatReplacement children. */
function formatParts(
  node: SyntaxNode,
  start: number,
  end: number,
  raw: boolean,
  cx: BuildContext,
): FormatPart[] {
  const parts: FormatPart[] = [];
  let pos = start;
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name !== "FormatReplacement") continue;
    pushText(parts, fstringText(cx.source.slice(pos, c.from), raw));
    parts.push(formatField(c, raw, cx));
    pos = c.to;
  }
  pushText(parts, fstringText(cx.source.slice(pos, end), raw));
  return parts;
}

function formatField(node: SyntaxNode, raw: boolean, cx: BuildContext): FormatPart {
  const children = kids(node);
  const inner = children.filter(
    (c) =>
      !["{", "}", "FormatConversion", "FormatSpec", "FormatSelfDoc"].includes(c.name) &&
      !c.type.isError,
  );
  const expr = inner.length
    ? buildExprList(inner, cx)
    : ({ kind: "Unsupported", what: "empty f-string field", ...span(node) } as Expr);
  const conv = children.find((c) => c.name === "FormatConversion");
  const specNode = children.find((c) => c.name === "FormatSpec");
  const selfDocNode = children.find((c) => c.name === "FormatSelfDoc");
  let conversion = conv ? (cx.text(conv).slice(1) as "r" | "s" | "a") : null;
  const spec = specNode ? formatParts(specNode, specNode.from + 1, specNode.to, raw, cx) : null;
  let selfDoc: string | null = null;
  if (selfDocNode) {
    selfDoc = cx.source.slice(node.from + 1, selfDocNode.to);
    if (!conversion && !spec) conversion = "r";
  }
  return { expr, conversion, spec, selfDoc, ...span(node) };
}

function formatString(node: SyntaxNode, cx: BuildContext): FormatString {
  const text = cx.text(node);
  const { prefix, quote } = splitLiteral(text);
  const start = node.from + prefix.length + quote.length;
  const end =
    text.endsWith(quote) && text.length >= prefix.length + 2 * quote.length
      ? node.to - quote.length
      : node.to;
  return {
    kind: "FormatString",
    parts: formatParts(node, start, end, prefix.includes("r"), cx),
    ...span(node),
  };
}

function continuedString(node: SyntaxNode, cx: BuildContext): Expr {
  const pieces = kids(node).map((c) => buildExpr(c, cx));
  if (pieces.some((p) => p.kind === "Unsupported"))
    return pieces.find((p) => p.kind === "Unsupported")!;
  if (pieces.every((p) => p.kind === "String")) {
    return {
      kind: "String",
      value: (pieces as StringLit[]).map((p) => p.value).join(""),
      ...span(node),
    };
  }
  const parts: FormatPart[] = [];
  for (const p of pieces) {
    if (p.kind === "String") pushText(parts, p.value);
    else if (p.kind === "FormatString") {
      for (const part of p.parts) {
        if (typeof part === "string") pushText(parts, part);
        else parts.push(part);
      }
    }
  }
  return { kind: "FormatString", parts, ...span(node) };
}

function binary(node: SyntaxNode, cx: BuildContext): Expr {
  const c = kids(node);
  const opNodes = c.slice(1, -1);
  const opText = opNodes.map((n) => cx.text(n)).join(" ");
  const left = c[0];
  const right = c[c.length - 1];
  if (opText === "and" || opText === "or") return boolChain(node, cx);
  if (opNodes.length && compareTokens.has(opNodes[0].name)) {
    const l = buildExpr(left, cx);
    const r = buildExpr(right, cx);
    // Lezer nests `a < b < c` as `(a < b) < c`; Python chains it (unless parenthesized).
    if (l.kind === "Compare" && left.name === "BinaryExpression") {
      return {
        kind: "Compare",
        ops: [...l.ops, opText],
        operands: [...l.operands, r],
        ...span(node),
      };
    }
    return { kind: "Compare", ops: [opText], operands: [l, r], ...span(node) };
  }
  return {
    kind: "BinaryExpression",
    op: opText,
    left: buildExpr(left, cx),
    right: buildExpr(right, cx),
    ...span(node),
  };
}

function unary(node: SyntaxNode, cx: BuildContext): Expr {
  const c = kids(node);
  const op = cx.text(c[0]) as "not" | "-" | "+" | "~";
  if (op === "not") return boolChain(node, cx);
  return { kind: "UnaryExpression", op, operand: buildExpr(c[1], cx), ...span(node) };
}

type BoolToken = { op: "and" | "or" | "not"; from: number; to: number } | { operand: SyntaxNode };

/**
 * `and`, `or` and `not` with Python's precedence (`or` < `and` < `not`). Lezer's grammar lets
 * `not` take everything after it (`not a and b` as `not (a and b)`), so the chain of unparenthesized
 * `and`/`or`/`not` is flattened back into its tokens and parsed again.
 */
function boolChain(node: SyntaxNode, cx: BuildContext): Expr {
  const tokens: BoolToken[] = [];
  const collect = (n: SyntaxNode): void => {
    const c = kids(n);
    if (n.name === "BinaryExpression" && c.length === 3) {
      const op = cx.text(c[1]);
      if (op === "and" || op === "or") {
        collect(c[0]);
        tokens.push({ op, ...span(c[1]) });
        collect(c[2]);
        return;
      }
    }
    if (n.name === "UnaryExpression" && c.length === 2 && cx.text(c[0]) === "not") {
      tokens.push({ op: "not", ...span(c[0]) });
      collect(c[1]);
      return;
    }
    tokens.push({ operand: n });
  };
  collect(node);
  let at = 0;
  const peek = (op: string) => {
    const t = tokens[at];
    return t !== undefined && "op" in t && t.op === op;
  };
  const parseNot = (): Expr => {
    const t = tokens[at++];
    if (t === undefined) return { kind: "Unsupported", what: "syntax error", ...span(node) };
    if ("operand" in t) return buildExpr(t.operand, cx);
    const operand = parseNot();
    return { kind: "UnaryExpression", op: "not", operand, from: t.from, to: operand.to };
  };
  const parseLevel = (op: "and" | "or", next: () => Expr) => (): Expr => {
    let left = next();
    while (peek(op)) {
      at++;
      const right = next();
      left = { kind: "BoolOp", op, left, right, from: left.from, to: right.to };
    }
    return left;
  };
  return parseLevel("or", parseLevel("and", parseNot))();
}

function parenthesized(node: SyntaxNode, cx: BuildContext): Expr {
  const inner = kids(node).filter((c) => c.name !== "(" && c.name !== ")");
  if (inner.length === 0) return { kind: "TupleExpression", elts: [], ...span(node) };
  const e = buildElement(inner, cx);
  // A parenthesized comparison must not be merged into an enclosing chain.
  if (e.kind === "Compare") return { ...e };
  return e;
}

function displayElements(node: SyntaxNode, cx: BuildContext): Expr[] {
  const inner = kids(node).filter((c) => !["(", ")", "[", "]", "{", "}"].includes(c.name));
  return splitCommas(inner).map((g) => buildElement(g, cx));
}

function dictionary(node: SyntaxNode, cx: BuildContext): Expr {
  const inner = kids(node).filter((c) => c.name !== "{" && c.name !== "}");
  const entries = splitCommas(inner).map((g) => {
    if (g[0].name === "**") return { key: null, value: buildExpr(g[1], cx) };
    return { key: buildExpr(g[0], cx), value: buildExpr(g[2], cx) };
  });
  return { kind: "DictionaryExpression", entries, ...span(node) };
}

/** Parses `[async] for targets in iter (for … | if …)*` starting at index i of `c`. */
function compFors(c: SyntaxNode[], i: number, cx: BuildContext): CompFor[] {
  const gens: CompFor[] = [];
  while (i >= 0 && i < c.length) {
    const name = c[i].name;
    if (name === "async" || name === "for") {
      const isAsync = name === "async";
      const start = c[i].from;
      if (isAsync) i++;
      i++; // for
      const targetNodes: SyntaxNode[] = [];
      while (i < c.length && c[i].name !== "in") targetNodes.push(c[i++]);
      i++; // in
      const iterNode = c[i++] as SyntaxNode | undefined;
      gens.push({
        isAsync,
        target: buildExprList(targetNodes, cx),
        iter: buildExpr(iterNode, cx),
        ifs: [],
        from: start,
        to: iterNode?.to ?? start,
      });
    } else if (name === "if" && gens.length) {
      gens[gens.length - 1].ifs.push(buildExpr(c[i + 1], cx));
      i += 2;
    } else {
      i++;
    }
  }
  return gens;
}

function comprehension(node: SyntaxNode, cx: BuildContext): Expr {
  const c = kids(node).filter((n) => !["(", ")", "[", "]", "{", "}"].includes(n.name));
  return comprehensionFrom(node.name as Comprehension["kind"], c, node, cx);
}

function comprehensionFrom(
  kind: Comprehension["kind"],
  c: SyntaxNode[],
  whole: { from: number; to: number },
  cx: BuildContext,
): Expr {
  const forAt = c.findIndex((n) => n.name === "for" || n.name === "async");
  const head = forAt >= 0 ? c.slice(0, forAt) : c;
  let elt: Expr;
  let value: Expr | null = null;
  if (kind === "DictionaryComprehensionExpression") {
    elt = buildExpr(head[0], cx);
    value = buildExpr(head[2], cx);
  } else {
    elt = buildElement(head, cx);
  }
  return { kind, elt, value, generators: compFors(c, forAt, cx), ...span(whole) };
}

function call(node: SyntaxNode, cx: BuildContext): Expr {
  const c = kids(node);
  const argList = c[c.length - 1];
  const inner = kids(argList).filter((n) => n.name !== "(" && n.name !== ")");
  const args: Arg[] = [];
  // `f(x for a, b in y)`: a bare generator argument (its target may hold commas) is the only one.
  const groups =
    inner.some((n) => n.name === "for") && inner[0]?.name !== "*" ? [inner] : splitCommas(inner);
  for (const g of groups) {
    const from = g[0].from;
    const to = g[g.length - 1].to;
    if (g[0].name === "*") {
      args.push({ type: "star", name: null, value: buildExpr(g[1], cx), from, to });
    } else if (g[0].name === "**") {
      args.push({ type: "doublestar", name: null, value: buildExpr(g[1], cx), from, to });
    } else if (g.length >= 3 && g[1].name === "AssignOp" && cx.text(g[1]) === "=") {
      args.push({ type: "keyword", name: cx.text(g[0]), value: buildExpr(g[2], cx), from, to });
    } else if (g.some((n) => n.name === "for")) {
      const value = comprehensionFrom("ComprehensionExpression", g, { from, to }, cx);
      args.push({ type: "positional", name: null, value, from, to });
    } else {
      args.push({ type: "positional", name: null, value: buildExpr(g[0], cx), from, to });
    }
  }
  return { kind: "CallExpression", func: buildExpr(c[0], cx), args, ...span(node) };
}

function subscriptItem(g: SyntaxNode[], cx: BuildContext): Expr {
  if (!g.some((n) => n.name === ":")) return buildElement(g, cx);
  const slots: (Expr | null)[] = [null, null, null];
  let slot = 0;
  for (const n of g) {
    if (n.name === ":") slot++;
    else slots[slot] = buildExpr(n, cx);
  }
  return {
    kind: "SliceExpression",
    lower: slots[0],
    upper: slots[1],
    step: slots[2],
    from: g[0].from,
    to: g[g.length - 1].to,
  };
}

function member(node: SyntaxNode, cx: BuildContext): Expr {
  const c = kids(node);
  const object = buildExpr(c[0], cx);
  if (c[1]?.name === ".") {
    return { kind: "MemberExpression", object, name: c[2] ? cx.text(c[2]) : "", ...span(node) };
  }
  const inner = c.slice(2, c[c.length - 1].name === "]" ? -1 : undefined);
  const groups = splitCommas(inner);
  const items = groups.map((g) => subscriptItem(g, cx));
  const index: Expr =
    items.length === 1 && !hasComma(inner)
      ? items[0]
      : { kind: "TupleExpression", elts: items, from: inner[0]?.from ?? node.to, to: node.to };
  return { kind: "SubscriptExpression", object, index, ...span(node) };
}

function conditional(node: SyntaxNode, cx: BuildContext): Expr {
  const c = kids(node);
  return {
    kind: "ConditionalExpression",
    body: buildExpr(c[0], cx),
    test: buildExpr(c[2], cx),
    orelse: buildExpr(c[4], cx),
    ...span(node),
  };
}

/** Builds the parameters of a `def` or `lambda` ParamList. */
export function buildParams(node: SyntaxNode, cx: BuildContext): Param[] {
  const inner = kids(node).filter((n) => n.name !== "(" && n.name !== ")");
  const params: Param[] = [];
  let kwonly = false;
  for (const g of splitCommas(inner)) {
    const from = g[0].from;
    const to = g[g.length - 1].to;
    const first = g[0].name;
    if (first === "/") continue;
    if (first === "*" || first === "**") {
      if (first === "*") kwonly = true;
      if (!g[1]) continue;
      params.push({
        type: first === "*" ? "star" : "doublestar",
        name: cx.text(g[1]),
        annotation: null,
        default: null,
        from,
        to,
      });
      continue;
    }
    const typeDef = g.find((n) => n.name === "TypeDef");
    const eq = g.findIndex((n) => n.name === "AssignOp");
    const annNode = typeDef ? kids(typeDef).find((n) => n.name !== ":") : undefined;
    params.push({
      type: kwonly ? "kwonly" : "normal",
      name: cx.text(g[0]),
      annotation: annNode ? buildExpr(annNode, cx) : null,
      default: eq >= 0 && g[eq + 1] ? buildExpr(g[eq + 1], cx) : null,
      from,
      to,
    });
  }
  return params;
}

function lambda(node: SyntaxNode, cx: BuildContext): Expr {
  const c = kids(node);
  const paramList = c.find((n) => n.name === "ParamList");
  const body = c[c.length - 1];
  return {
    kind: "LambdaExpression",
    params: paramList ? buildParams(paramList, cx) : [],
    body: buildExpr(body, cx),
    ...span(node),
  };
}

/** Builds `yield …` from the children of a YieldExpression or YieldStatement. */
export function buildYield(node: SyntaxNode, cx: BuildContext): Expr {
  const c = kids(node).filter((n) => n.name !== "yield" && !n.type.isError);
  if (c[0]?.name === "from") {
    return { kind: "YieldExpression", value: buildExpr(c[1], cx), isFrom: true, ...span(node) };
  }
  return {
    kind: "YieldExpression",
    value: c.length ? buildExprList(c, cx) : null,
    isFrom: false,
    ...span(node),
  };
}

function named(node: SyntaxNode, cx: BuildContext): Expr {
  const c = kids(node);
  return {
    kind: "NamedExpression",
    target: { kind: "VariableName", name: cx.text(c[0]), ...span(c[0]) },
    value: buildExpr(c[2], cx),
    ...span(node),
  };
}

const builders: Record<string, Builder> = {
  VariableName: (n, cx) => ({ kind: "VariableName", name: cx.text(n), ...span(n) }),
  self: (n) => ({ kind: "VariableName", name: "self", ...span(n) }),
  Number: number,
  String: string,
  FormatString: formatString,
  ContinuedString: continuedString,
  Boolean: (n, cx) => ({ kind: "Constant", value: cx.text(n) === "True", ...span(n) }),
  None: (n) => ({ kind: "Constant", value: null, ...span(n) }),
  Ellipsis: (n) => ({ kind: "Constant", value: "...", ...span(n) }),
  BinaryExpression: binary,
  UnaryExpression: unary,
  AwaitExpression: (n, cx) => ({
    kind: "AwaitExpression",
    value: buildExpr(kids(n)[1], cx),
    ...span(n),
  }),
  ParenthesizedExpression: parenthesized,
  TupleExpression: (n, cx) => ({
    kind: "TupleExpression",
    elts: displayElements(n, cx),
    ...span(n),
  }),
  ArrayExpression: (n, cx) => ({
    kind: "ArrayExpression",
    elts: displayElements(n, cx),
    ...span(n),
  }),
  SetExpression: (n, cx) => ({ kind: "SetExpression", elts: displayElements(n, cx), ...span(n) }),
  DictionaryExpression: dictionary,
  ArrayComprehensionExpression: comprehension,
  SetComprehensionExpression: comprehension,
  DictionaryComprehensionExpression: comprehension,
  ComprehensionExpression: comprehension,
  CallExpression: call,
  MemberExpression: member,
  ConditionalExpression: conditional,
  LambdaExpression: lambda,
  YieldExpression: buildYield,
  NamedExpression: named,
};
