// The errors CPython 3.11 raises after a successful parse: its symtable pass (Python/symtable.c)
// and then its compiler (Python/compile.c), e.g. "'await' outside async function". First one wins.

import type { SyntaxNode, Tree } from "@lezer/common";

/** A compile-time error on a span of the original source. */
export interface CompileError {
  kind: "SyntaxError";
  message: string;
  from: number;
  to: number;
}

type ScopeKind = "module" | "class" | "function" | "lambda" | "comprehension";

interface Scope {
  kind: ScopeKind;
  async: boolean;
  /** Function scopes: the body contains `yield` (so it is a generator). */
  generator: boolean;
  inLoop: boolean;
  /** Inside an `except*` block with no loop nearer: `break`/`continue` may not leave it. */
  starBlocksLoop?: boolean;
  /** Inside an `except*` block of this function: `return` may not leave it. */
  starBlocksReturn?: boolean;
}

const COMPREHENSIONS = new Set([
  "ArrayComprehensionExpression",
  "SetComprehensionExpression",
  "DictionaryComprehensionExpression",
  "ComprehensionExpression",
]);

const COMPREHENSION_NAMES: Record<string, string> = {
  ArrayComprehensionExpression: "list comprehension",
  SetComprehensionExpression: "set comprehension",
  DictionaryComprehensionExpression: "dict comprehension",
  ComprehensionExpression: "generator expression",
};

const children = (node: SyntaxNode): SyntaxNode[] => {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
};

/** The end of the last real token inside `node` (CPython's end_offset ignores newlines and comments). */
function contentEnd(node: SyntaxNode): number {
  const kids = children(node);
  for (let i = kids.length - 1; i >= 0; i--) {
    const kid = kids[i];
    if (!kid || kid.name === "Comment" || kid.from === kid.to) continue;
    return kid.firstChild ? contentEnd(kid) : kid.to;
  }
  return node.to;
}

/** Finds the first error CPython's symtable or compiler would raise for a parsed module. */
export function compileErrors(source: string, tree: Tree): CompileError | null {
  return (
    exceptStarErrors(tree) ??
    symtableErrors(source, tree) ??
    new CompilerWalk(source).run(tree.topNode)
  );
}

/** The parser's `try` rules lezer lets through: `except` mixed with `except*` (at the first
 * clause of the other kind) and `except*` without a type (at the `:`). */
function exceptStarErrors(tree: Tree): CompileError | null {
  let found: CompileError | null = null;
  tree.iterate({
    enter: (ref) => {
      if (found) return false;
      if (ref.name !== "TryStatement") return;
      const kids = children(ref.node);
      let first: boolean | null = null;
      for (let i = 0; i < kids.length; i++) {
        if (kids[i]!.name !== "except") continue;
        const star = kids[i + 1]?.name === "*" ? kids[i + 1]! : null;
        if (first === null) first = star !== null;
        else if (first !== (star !== null)) {
          found = {
            kind: "SyntaxError",
            message: "cannot have both 'except' and 'except*' on the same 'try'",
            from: kids[i]!.from,
            to: (star ?? kids[i]!).to,
          };
          return false;
        }
        const body = star ? kids[i + 2] : null;
        if (body?.name === "Body") {
          const colon = body.firstChild!;
          found = {
            kind: "SyntaxError",
            message: "expected one or more exception types",
            from: colon.from,
            to: colon.to,
          };
          return false;
        }
      }
    },
  });
  return found;
}

const STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

/** A value CPython's compiler folds to a constant (`return` is then reported at the value). */
function isConstantText(text: string): boolean {
  const literal = String.raw`(?:[-+]?\d[\w.]*|'[^'\\]*'|"[^"\\]*"|True|False|None)`;
  const re = new RegExp(
    String.raw`^(?:${literal}|\(\s*${literal}(?:\s*,\s*${literal})*\s*,?\s*\))$`,
  );
  return re.test(text.trim());
}

/** Symtable errors (raised before any compiler error), in source order: `yield` inside a
 * comprehension, `nonlocal` at module level, duplicate or global parameters. */
function symtableErrors(source: string, tree: Tree): CompileError | null {
  let found: CompileError | null = null;
  const fail = (message: string, node: SyntaxNode): boolean => {
    found ??= { kind: "SyntaxError", message, from: node.from, to: node.to };
    return true;
  };
  const text = (node: SyntaxNode): string => source.slice(node.from, node.to);
  const visit = (
    node: SyntaxNode,
    comprehension: string | null,
    params: Set<string> | null,
  ): boolean => {
    if (found) return true;
    if ((node.name === "YieldExpression" || node.name === "YieldStatement") && comprehension) {
      return fail(`'yield' inside ${comprehension}`, node);
    }
    if (node.name === "ScopeStatement") {
      const keyword = node.firstChild?.name ?? "";
      if (keyword === "nonlocal" && params === null) {
        return fail("nonlocal declaration not allowed at module level", node);
      }
      for (const name of children(node).filter((k) => k.name === "VariableName")) {
        if (params?.has(text(name)))
          return fail(`name '${text(name)}' is parameter and ${keyword}`, node);
      }
    }
    if (COMPREHENSIONS.has(node.name)) {
      const firstIter = outermostIterator(node);
      for (const kid of children(node)) {
        visit(
          kid,
          firstIter.includes(kid) ? comprehension : (COMPREHENSION_NAMES[node.name] ?? null),
          params,
        );
      }
      return false;
    }
    if (node.name === "FunctionDefinition" || node.name === "LambdaExpression") {
      const list = children(node).find((k) => k.name === "ParamList");
      const names = new Set<string>();
      for (const param of list ? children(list) : []) {
        if (param.name !== "VariableName" || param.prevSibling?.name === "AssignOp") continue;
        if (param.parent?.name === "TypeDef") continue;
        const name = text(param);
        if (names.has(name))
          return fail(`duplicate argument '${name}' in function definition`, param);
        names.add(name);
      }
      for (const kid of children(node)) {
        if (kid === list || kid.name === "ParamList") continue;
        visit(kid, null, kid.name === "Body" || node.name === "LambdaExpression" ? names : params);
      }
      if (list) for (const kid of children(list)) visit(kid, comprehension, params);
      return false;
    }
    if (node.name === "ClassDefinition") {
      for (const kid of children(node)) visit(kid, null, kid.name === "Body" ? new Set() : params);
      return false;
    }
    for (const kid of children(node)) visit(kid, comprehension, params);
    return false;
  };
  visit(tree.topNode, null, null);
  return found;
}

/** The nodes of a comprehension's first `in` expression (evaluated in the enclosing scope). */
function outermostIterator(node: SyntaxNode): Outer {
  const kids = children(node);
  const start = kids.findIndex((k) => k.name === "in");
  const out: SyntaxNode[] = [];
  for (let i = start + 1; start >= 0 && i < kids.length; i++) {
    const kid = kids[i];
    if (!kid || ["for", "async", "if", ")", "]", "}"].includes(kid.name)) break;
    out.push(kid);
  }
  return new Outer(out);
}

/** The outermost iterator of a comprehension; Lezer hands out fresh node objects, so membership
 * is decided by position. */
class Outer {
  constructor(readonly nodes: SyntaxNode[]) {}

  includes(node: SyntaxNode): boolean {
    return this.nodes.some((n) => n.from === node.from && n.to === node.to && n.name === node.name);
  }
}

/** True when a function body (not nested scopes) contains `yield`. */
function containsYield(node: SyntaxNode): boolean {
  for (const kid of children(node)) {
    if (kid.name === "YieldExpression" || kid.name === "YieldStatement") return true;
    if (
      kid.name === "FunctionDefinition" ||
      kid.name === "LambdaExpression" ||
      kid.name === "ClassDefinition"
    ) {
      continue;
    }
    if (containsYield(kid)) return true;
  }
  return false;
}

/** True when a comprehension is asynchronous: `async for`, or `await` in its own scope
 * (nested comprehensions count, the outermost iterator does not). */
function isAsyncComprehension(node: SyntaxNode): boolean {
  const outer = outermostIterator(node);
  const scan = (n: SyntaxNode): boolean => {
    for (const kid of children(n)) {
      if (outer.includes(kid)) continue;
      if (kid.name === "async" || kid.name === "AwaitExpression") return true;
      if (
        kid.name === "FunctionDefinition" ||
        kid.name === "LambdaExpression" ||
        kid.name === "ClassDefinition"
      ) {
        continue;
      }
      if (COMPREHENSIONS.has(kid.name)) {
        if (kid.name !== "ComprehensionExpression" && isAsyncComprehension(kid)) return true;
        if (outermostIterator(kid).nodes.some(scan)) return true;
        continue;
      }
      if (scan(kid)) return true;
    }
    return false;
  };
  return scan(node);
}

/** Walks the tree in the order CPython's compiler visits it. */
class CompilerWalk {
  found: CompileError | null = null;

  constructor(readonly source: string) {}

  run(top: SyntaxNode): CompileError | null {
    this.visitAll(children(top), { kind: "module", async: false, generator: false, inLoop: false });
    return this.found;
  }

  error(message: string, node: SyntaxNode): void {
    if (!this.found)
      this.found = { kind: "SyntaxError", message, from: node.from, to: contentEnd(node) };
  }

  visitAll(nodes: SyntaxNode[], scope: Scope): void {
    for (const node of nodes) {
      if (this.found) return;
      this.visit(node, scope);
    }
  }

  visit(node: SyntaxNode, scope: Scope): void {
    switch (node.name) {
      case "FunctionDefinition":
        this.functionDef(node, scope);
        return;
      case "LambdaExpression":
        this.lambda(node, scope);
        return;
      case "ClassDefinition":
        this.classDef(node, scope);
        return;
      case "ForStatement":
      case "WhileStatement":
        this.loop(node, scope);
        return;
      case "WithStatement":
        if (node.firstChild?.name === "async" && !this.inAsyncFunction(scope)) {
          this.error("'async with' outside async function", node);
          return;
        }
        break;
      case "AssignStatement":
      case "ExpressionStatement":
        if (this.starredValue(node)) return;
        break;
      case "ReturnStatement":
        this.returnStatement(node, scope);
        return;
      case "YieldStatement":
      case "YieldExpression":
        this.yieldExpression(node, scope);
        return;
      case "AwaitExpression":
        this.awaitExpression(node, scope);
        return;
      case "TryStatement":
        this.tryStatement(node, scope);
        return;
      case "BreakStatement":
        if (scope.starBlocksLoop) {
          this.error(STAR_EXIT, node);
          return;
        }
        if (!scope.inLoop) {
          this.error("'break' outside loop", node);
          return;
        }
        return;
      case "ContinueStatement":
        if (scope.starBlocksLoop) {
          this.error(STAR_EXIT, node);
          return;
        }
        if (!scope.inLoop) {
          this.error("'continue' not properly in loop", node);
          return;
        }
        return;
      default:
        if (COMPREHENSIONS.has(node.name)) {
          this.comprehension(node, scope);
          return;
        }
    }
    this.visitAll(children(node), scope);
  }

  /** `x = *a` or `*a` alone: a lone starred value (compiler_visit_expr1's Starred_kind). */
  starredValue(node: SyntaxNode): boolean {
    const kids = children(node);
    const lastOp = kids.map((k) => k.name).lastIndexOf("AssignOp");
    const value = kids.slice(lastOp + 1);
    if (
      (lastOp < 0 && node.name === "AssignStatement") ||
      value.length !== 2 ||
      value[0]?.name !== "*"
    )
      return false;
    const star = value[0];
    const operand = value[1] as SyntaxNode;
    if (!this.found) {
      this.found = {
        kind: "SyntaxError",
        message: "can't use starred expression here",
        from: star.from,
        to: operand.to,
      };
    }
    return true;
  }

  inAsyncFunction(scope: Scope): boolean {
    return scope.kind === "function" && scope.async;
  }

  functionDef(node: SyntaxNode, scope: Scope): void {
    const kids = children(node);
    const body = kids.find((k) => k.name === "Body");
    this.visitAll(
      kids.filter((k) => k !== body),
      scope,
    );
    if (!body) return;
    const inner: Scope = {
      kind: "function",
      async: kids[0]?.name === "async",
      generator: containsYield(body),
      inLoop: false,
    };
    this.visitAll(children(body), inner);
  }

  lambda(node: SyntaxNode, scope: Scope): void {
    const kids = children(node);
    const params = kids.find((k) => k.name === "ParamList");
    if (params) this.visitAll(children(params), scope);
    const body = kids.filter((k) => k !== params && k.name !== "lambda" && k.name !== ":");
    const inner: Scope = { kind: "lambda", async: false, generator: false, inLoop: false };
    this.visitAll(body, inner);
  }

  classDef(node: SyntaxNode, scope: Scope): void {
    const kids = children(node);
    const body = kids.find((k) => k.name === "Body");
    this.visitAll(
      kids.filter((k) => k !== body),
      scope,
    );
    if (body)
      this.visitAll(children(body), {
        kind: "class",
        async: false,
        generator: false,
        inLoop: false,
      });
  }

  loop(node: SyntaxNode, scope: Scope): void {
    if (node.firstChild?.name === "async" && !this.inAsyncFunction(scope)) {
      this.error("'async for' outside async function", node);
      return;
    }
    let bodies = 0;
    for (const kid of children(node)) {
      if (this.found) return;
      if (kid.name === "Body") {
        bodies++;
        const inner = bodies === 1 ? { ...scope, inLoop: true, starBlocksLoop: false } : scope;
        this.visitAll(children(kid), inner);
      } else this.visit(kid, scope);
    }
  }

  /** The blocks of `except*` clauses may not be left by `break`, `continue` or `return`. */
  tryStatement(node: SyntaxNode, scope: Scope): void {
    const kids = children(node);
    let star = false;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i]!;
      if (this.found) return;
      if (kid.name === "except") star = kids[i + 1]?.name === "*";
      else if (kid.name === "try" || kid.name === "else" || kid.name === "finally") star = false;
      if (kid.name === "Body" && star) {
        this.visitAll(children(kid), { ...scope, starBlocksLoop: true, starBlocksReturn: true });
      } else this.visit(kid, scope);
    }
  }

  returnStatement(node: SyntaxNode, scope: Scope): void {
    if (scope.kind !== "function") {
      this.error("'return' outside function", node);
      return;
    }
    const hasValue = children(node).length > 1;
    if (hasValue && scope.async && scope.generator) {
      this.error("'return' with value in async generator", node);
      return;
    }
    if (scope.starBlocksReturn) {
      const value = children(node)[1];
      const at = value && isConstantText(this.source.slice(value.from, value.to)) ? value : node;
      this.error(STAR_EXIT, at);
      return;
    }
    this.visitAll(children(node), scope);
  }

  yieldExpression(node: SyntaxNode, scope: Scope): void {
    if (scope.kind === "module" || scope.kind === "class") {
      this.error("'yield' outside function", node);
      return;
    }
    const isFrom = children(node).some((k) => k.name === "from");
    if (isFrom && scope.async) {
      this.error("'yield from' inside async function", node);
      return;
    }
    this.visitAll(children(node), scope);
  }

  awaitExpression(node: SyntaxNode, scope: Scope): void {
    if (scope.kind === "module" || scope.kind === "class") {
      this.error("'await' outside function", node);
      return;
    }
    if (scope.kind !== "comprehension" && !scope.async) {
      this.error("'await' outside async function", node);
      return;
    }
    this.visitAll(children(node), scope);
  }

  /** Mirrors compiler_comprehension: the async check, then the body, then the outermost iterator. */
  comprehension(node: SyntaxNode, scope: Scope): void {
    const outer = outermostIterator(node);
    const isGenerator = node.name === "ComprehensionExpression";
    if (!isGenerator && scope.kind !== "comprehension" && !this.inAsyncFunction(scope)) {
      if (isAsyncComprehension(node)) {
        this.error("asynchronous comprehension outside of an asynchronous function", node);
        return;
      }
    }
    const inner: Scope = { kind: "comprehension", async: false, generator: false, inLoop: false };
    this.visitAll(
      children(node).filter((k) => !outer.includes(k)),
      inner,
    );
    this.visitAll(outer.nodes, scope);
  }
}
