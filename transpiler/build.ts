// Lezer tree → typed AST (ast.ts) for statements, one small builder per node name (table
// `builders`); expressions live in build-expr.ts. Never throws: unknown nodes become diagnostics.
import type { SyntaxNode, Tree } from "@lezer/common";
import type { Comment, ExceptHandler, Expr, Module, Stmt } from "./ast.js";
import { BuildContext, kids, splitCommas } from "./build-context.js";
import { buildElement, buildExpr, buildExprList, buildParams, buildYield } from "./build-expr.js";
import type { Diagnostic } from "./diagnostics.js";

type Builder = (node: SyntaxNode, cx: BuildContext) => Stmt[];

const span = (n: { from: number; to: number }) => ({ from: n.from, to: n.to });

/** Builds the module AST and collects NotSupported diagnostics. */
export function build(tree: Tree, source: string): { module: Module; diagnostics: Diagnostic[] } {
  const cx = new BuildContext(source);
  const top = tree.topNode;
  const body = buildStatements(kids(top), cx);
  const comments: Comment[] = [];
  tree.iterate({
    enter(n) {
      if (n.name === "Comment") comments.push({ text: source.slice(n.from, n.to), ...span(n) });
    },
  });
  return { module: { body, comments, ...span(top) }, diagnostics: cx.diagnostics };
}

function buildStatements(nodes: SyntaxNode[], cx: BuildContext): Stmt[] {
  const out: Stmt[] = [];
  for (const n of nodes) out.push(...buildStatement(n, cx));
  return out;
}

function buildStatement(node: SyntaxNode, cx: BuildContext): Stmt[] {
  const builder = builders[node.name];
  if (builder) return builder(node, cx);
  if (node.type.isError || [":", ";", "⚠"].includes(node.name)) return [];
  const what = node.name.replace(/Statement$/, "").toLowerCase();
  cx.unsupported(node, `${what} statement`);
  return [{ kind: "UnsupportedStatement", what: node.name, ...span(node) }];
}

function body(node: SyntaxNode | undefined, cx: BuildContext): Stmt[] {
  if (!node) return [];
  return buildStatements(
    kids(node).filter((n) => n.name !== ":"),
    cx,
  );
}

function expressionStatement(node: SyntaxNode, cx: BuildContext): Stmt[] {
  return [{ kind: "ExpressionStatement", value: buildExprList(kids(node), cx), ...span(node) }];
}

function assign(node: SyntaxNode, cx: BuildContext): Stmt[] {
  const groups: SyntaxNode[][] = [[]];
  let annotation: Expr | null = null;
  for (const c of kids(node)) {
    if (c.name === "AssignOp") groups.push([]);
    else if (c.name === "TypeDef") {
      const t = kids(c).find((n) => n.name !== ":");
      annotation = t && !t.type.isError ? buildExpr(t, cx) : null;
    } else groups[groups.length - 1].push(c);
  }
  const exprs = groups.map((g) =>
    g.length === 1 && g[0].name === "YieldExpression" ? buildYield(g[0], cx) : buildExprList(g, cx),
  );
  if (exprs.length === 1) {
    return [{ kind: "AssignStatement", targets: exprs, value: null, annotation, ...span(node) }];
  }
  const value = exprs.pop()!;
  return [{ kind: "AssignStatement", targets: exprs, value, annotation, ...span(node) }];
}

function update(node: SyntaxNode, cx: BuildContext): Stmt[] {
  const c = kids(node);
  const opAt = c.findIndex((n) => n.name === "UpdateOp");
  const rest = c.slice(opAt + 1);
  const value =
    rest.length === 1 && rest[0].name === "YieldExpression"
      ? buildYield(rest[0], cx)
      : buildExprList(rest, cx);
  return [
    {
      kind: "UpdateStatement",
      target: buildExprList(c.slice(0, opAt), cx),
      op: cx.text(c[opAt]).slice(0, -1),
      value,
      ...span(node),
    },
  ];
}

function del(node: SyntaxNode, cx: BuildContext): Stmt[] {
  const targets = splitCommas(kids(node).slice(1)).map((g) => buildElement(g, cx));
  return [{ kind: "DeleteStatement", targets, ...span(node) }];
}

function returnStatement(node: SyntaxNode, cx: BuildContext): Stmt[] {
  const rest = kids(node).slice(1);
  return [
    { kind: "ReturnStatement", value: rest.length ? buildExprList(rest, cx) : null, ...span(node) },
  ];
}

function raise(node: SyntaxNode, cx: BuildContext): Stmt[] {
  const c = kids(node).slice(1);
  const fromAt = c.findIndex((n) => n.name === "from");
  if (c.some((n) => n.name === ",")) cx.unsupported(node, "Python 2 raise syntax");
  return [
    {
      kind: "RaiseStatement",
      exc: c[0] ? buildExpr(c[0], cx) : null,
      cause: fromAt >= 0 && c[fromAt + 1] ? buildExpr(c[fromAt + 1], cx) : null,
      ...span(node),
    },
  ];
}

function importStatement(node: SyntaxNode, cx: BuildContext): Stmt[] {
  const c = kids(node);
  const importAt = c.findIndex((n) => n.name === "import");
  const names: { name: string; asName: string | null; span: { from: number; to: number } }[] = [];
  const readNames = (nodes: SyntaxNode[], dotted: boolean) => {
    for (const g of splitCommas(nodes.filter((n) => n.name !== "(" && n.name !== ")"))) {
      const asAt = g.findIndex((n) => n.name === "as");
      const nameNodes = asAt >= 0 ? g.slice(0, asAt) : g;
      const name = dotted ? nameNodes.map((n) => cx.text(n)).join("") : cx.text(nameNodes[0]);
      names.push({
        name,
        asName: asAt >= 0 ? cx.text(g[asAt + 1]) : null,
        span: { from: g[0].from, to: g[g.length - 1].to },
      });
    }
  };
  if (c[0].name === "import") {
    readNames(c.slice(1), true);
    return [{ kind: "ImportStatement", module: null, names, ...span(node) }];
  }
  const module = c
    .slice(1, importAt)
    .map((n) => cx.text(n))
    .join("");
  const rest = c.slice(importAt + 1);
  if (rest[0]?.name === "*") {
    names.push({ name: "*", asName: null, span: span(rest[0]) });
  } else readNames(rest, false);
  return [{ kind: "ImportStatement", module, names, ...span(node) }];
}

function scope(node: SyntaxNode, cx: BuildContext): Stmt[] {
  const c = kids(node);
  return [
    {
      kind: "ScopeStatement",
      scope: cx.text(c[0]) as "global" | "nonlocal",
      names: c.filter((n) => n.name === "VariableName").map((n) => cx.text(n)),
      ...span(node),
    },
  ];
}

function assert(node: SyntaxNode, cx: BuildContext): Stmt[] {
  const groups = splitCommas(kids(node).slice(1));
  return [
    {
      kind: "AssertStatement",
      test: buildElement(groups[0], cx),
      msg: groups[1] ? buildElement(groups[1], cx) : null,
      ...span(node),
    },
  ];
}

function ifStatement(node: SyntaxNode, cx: BuildContext): Stmt[] {
  const c = kids(node);
  const branches: { test: Expr; body: Stmt[]; span: { from: number; to: number } }[] = [];
  let orelse: Stmt[] | null = null;
  for (let i = 0; i < c.length; i++) {
    const name = c[i].name;
    if (name === "if" || name === "elif") {
      const test = c[i + 1];
      const b = c[i + 2];
      branches.push({
        test: buildExpr(test, cx),
        body: body(b, cx),
        span: { from: c[i].from, to: b?.to ?? test.to },
      });
      i += 2;
    } else if (name === "else") {
      orelse = body(c[i + 1], cx);
      i++;
    }
  }
  return [{ kind: "IfStatement", branches, orelse, ...span(node) }];
}

function elseBody(c: SyntaxNode[], cx: BuildContext): Stmt[] | null {
  const at = c.findIndex((n) => n.name === "else");
  return at >= 0 ? body(c[at + 1], cx) : null;
}

function whileStatement(node: SyntaxNode, cx: BuildContext): Stmt[] {
  const c = kids(node);
  return [
    {
      kind: "WhileStatement",
      test: buildExpr(c[1], cx),
      body: body(
        c.find((n) => n.name === "Body"),
        cx,
      ),
      orelse: elseBody(c, cx),
      ...span(node),
    },
  ];
}

function forStatement(node: SyntaxNode, cx: BuildContext): Stmt[] {
  const c = kids(node);
  const isAsync = c[0].name === "async";
  const forAt = c.findIndex((n) => n.name === "for");
  const inAt = c.findIndex((n) => n.name === "in");
  const bodyAt = c.findIndex((n) => n.name === "Body");
  return [
    {
      kind: "ForStatement",
      isAsync,
      target: buildExprList(c.slice(forAt + 1, inAt), cx),
      iter: buildExprList(c.slice(inAt + 1, bodyAt), cx),
      body: body(c[bodyAt], cx),
      orelse: elseBody(c, cx),
      ...span(node),
    },
  ];
}

function tryStatement(node: SyntaxNode, cx: BuildContext): Stmt[] {
  const c = kids(node);
  const handlers: ExceptHandler[] = [];
  let orelse: Stmt[] | null = null;
  let finalbody: Stmt[] | null = null;
  let main: Stmt[] = [];
  let star = false;
  for (let i = 0; i < c.length; i++) {
    const name = c[i].name;
    if (name === "try") {
      main = body(c[i + 1], cx);
      i++;
    } else if (name === "except") {
      const start = c[i].from;
      const parts: SyntaxNode[] = [];
      let j = i + 1;
      while (j < c.length && c[j].name !== "Body") parts.push(c[j++]);
      if (parts[0]?.name === "*") {
        star = true;
        parts.shift();
      }
      const asAt = parts.findIndex((n) => n.name === "as");
      const typeNodes = asAt >= 0 ? parts.slice(0, asAt) : parts;
      handlers.push({
        type: typeNodes.length ? buildExprList(typeNodes, cx) : null,
        name: asAt >= 0 && parts[asAt + 1] ? cx.text(parts[asAt + 1]) : null,
        body: body(c[j], cx),
        from: start,
        to: c[j]?.to ?? start,
      });
      i = j;
    } else if (name === "else") {
      orelse = body(c[i + 1], cx);
      i++;
    } else if (name === "finally") {
      finalbody = body(c[i + 1], cx);
      i++;
    }
  }
  return [{ kind: "TryStatement", body: main, handlers, orelse, finalbody, star, ...span(node) }];
}

function withStatement(node: SyntaxNode, cx: BuildContext): Stmt[] {
  const c = kids(node);
  const isAsync = c[0].name === "async";
  const withAt = c.findIndex((n) => n.name === "with");
  const bodyAt = c.findIndex((n) => n.name === "Body");
  const items = splitCommas(c.slice(withAt + 1, bodyAt)).map((g) => {
    const asAt = g.findIndex((n) => n.name === "as");
    return {
      context: buildExpr(g[0], cx),
      target: asAt >= 0 && g[asAt + 1] ? buildExpr(g[asAt + 1], cx) : null,
    };
  });
  return [{ kind: "WithStatement", isAsync, items, body: body(c[bodyAt], cx), ...span(node) }];
}

function functionDefinition(node: SyntaxNode, cx: BuildContext, decorators: Expr[] = []): Stmt[] {
  const c = kids(node);
  const nameNode = c.find((n) => n.name === "VariableName")!;
  const paramList = c.find((n) => n.name === "ParamList");
  const typeDef = c.find((n) => n.name === "TypeDef");
  const ret = typeDef ? kids(typeDef).find((n) => n.name !== "->") : undefined;
  if (c.some((n) => n.name === "TypeParamList")) cx.unsupported(node, "type parameters");
  return [
    {
      kind: "FunctionDefinition",
      isAsync: c[0].name === "async",
      name: nameNode ? cx.text(nameNode) : "",
      nameSpan: nameNode ? span(nameNode) : span(node),
      params: paramList ? buildParams(paramList, cx) : [],
      returns: ret && !ret.type.isError ? buildExpr(ret, cx) : null,
      body: body(
        c.find((n) => n.name === "Body"),
        cx,
      ),
      decorators,
      ...span(node),
    },
  ];
}

function classDefinition(node: SyntaxNode, cx: BuildContext, decorators: Expr[] = []): Stmt[] {
  const c = kids(node);
  const nameNode = c.find((n) => n.name === "VariableName");
  const argList = c.find((n) => n.name === "ArgList");
  const bases: Expr[] = [];
  const keywords: { type: "keyword"; name: string; value: Expr; from: number; to: number }[] = [];
  if (argList) {
    const inner = kids(argList).filter((n) => n.name !== "(" && n.name !== ")");
    for (const g of splitCommas(inner)) {
      if (g[1]?.name === "AssignOp") {
        keywords.push({
          type: "keyword",
          name: cx.text(g[0]),
          value: buildExpr(g[2], cx),
          from: g[0].from,
          to: g[2].to,
        });
      } else bases.push(buildElement(g, cx));
    }
  }
  return [
    {
      kind: "ClassDefinition",
      name: nameNode ? cx.text(nameNode) : "",
      bases,
      keywords,
      body: body(
        c.find((n) => n.name === "Body"),
        cx,
      ),
      decorators,
      ...span(node),
    },
  ];
}

function decorated(node: SyntaxNode, cx: BuildContext): Stmt[] {
  const c = kids(node);
  const decorators: Expr[] = [];
  for (const d of c.filter((n) => n.name === "Decorator")) {
    const parts = kids(d).filter((n) => n.name !== "At");
    let e: Expr = buildExpr(parts[0], cx);
    for (let i = 1; i < parts.length; i++) {
      const p = parts[i];
      if (p.name === "VariableName") {
        e = { kind: "MemberExpression", object: e, name: cx.text(p), from: e.from, to: p.to };
      } else if (p.name === "ArgList") {
        e = buildCallFromArgList(e, p, span(d), cx);
      }
    }
    decorators.push(e);
  }
  const def = c[c.length - 1];
  if (def.name === "FunctionDefinition") return functionDefinition(def, cx, decorators);
  if (def.name === "ClassDefinition") return classDefinition(def, cx, decorators);
  return [];
}

/** A decorator's `@name(args)`: its ArgList is not inside a CallExpression node. */
function buildCallFromArgList(
  func: Expr,
  argList: SyntaxNode,
  whole: { from: number; to: number },
  cx: BuildContext,
): Expr {
  const inner = kids(argList).filter((n) => n.name !== "(" && n.name !== ")");
  const args = splitCommas(inner).map((g) => {
    const from = g[0].from;
    const to = g[g.length - 1].to;
    if (g[1]?.name === "AssignOp") {
      return {
        type: "keyword" as const,
        name: cx.text(g[0]),
        value: buildExpr(g[2], cx),
        from,
        to,
      };
    }
    return { type: "positional" as const, name: null, value: buildElement(g, cx), from, to };
  });
  return { kind: "CallExpression", func, args, ...whole };
}

const builders: Record<string, Builder> = {
  ExpressionStatement: expressionStatement,
  AssignStatement: assign,
  UpdateStatement: update,
  DeleteStatement: del,
  PassStatement: (n) => [{ kind: "PassStatement", ...span(n) }],
  BreakStatement: (n) => [{ kind: "BreakStatement", ...span(n) }],
  ContinueStatement: (n) => [{ kind: "ContinueStatement", ...span(n) }],
  ReturnStatement: returnStatement,
  YieldStatement: (n, cx) => [
    { kind: "ExpressionStatement", value: buildYield(n, cx), ...span(n) },
  ],
  RaiseStatement: raise,
  ImportStatement: importStatement,
  ScopeStatement: scope,
  AssertStatement: assert,
  StatementGroup: (n, cx) =>
    buildStatements(
      kids(n).filter((k) => k.name !== ";"),
      cx,
    ),
  IfStatement: ifStatement,
  WhileStatement: whileStatement,
  ForStatement: forStatement,
  TryStatement: tryStatement,
  WithStatement: withStatement,
  FunctionDefinition: (n, cx) => functionDefinition(n, cx),
  ClassDefinition: (n, cx) => classDefinition(n, cx),
  DecoratedStatement: decorated,
};
