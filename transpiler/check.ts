// Semantic pass: Python scopes and name resolution, how each local is declared in JS, which
// functions are generators / run the event loop, and static types for float inference.
import type {
  ClassDefinition,
  Comprehension,
  Expr,
  FunctionDefinition,
  Module,
  Param,
  Span,
  Stmt,
} from "./ast.js";
import { inferTypes } from "./infer.js";
import { childBodies } from "./infer-calls.js";
import { type Binding, type DeclKind, newScope, type Scope } from "./scope.js";
import { findUnboundReads } from "./unbound.js";
import { exprChildren } from "./visit.js";

/** What the emitter needs to know about the program. */
export class Analysis {
  /** The scope of each module / def / class / lambda / comprehension node. */
  readonly scopes = new Map<object, Scope>();
  /** The module's scope. */
  readonly module: Scope;
  /** Calls to each module-level function, for parameter types. */
  readonly callsTo = new Map<FunctionDefinition, Expr[]>();
  /** Functions whose name is used other than as a callee (their parameters are unknowable). */
  readonly escaped = new Set<FunctionDefinition>();
  /** Return types of functions (await-ed value for `async def`). */
  readonly returnTypes = new Map<FunctionDefinition, import("./types.js").PyType>();
  readonly paramTypes = new Map<Param, import("./types.js").PyType>();
  /** Attribute names read or written on something other than a method's `self`. */
  readonly foreignAttrs = new Set<string>();
  /** Attribute names assigned on something other than a method's `self`. */
  readonly foreignWrites = new Set<string>();
  /** `self.x = value` / `self.x op= value` per class. */
  readonly attrWrites = new Map<
    ClassDefinition,
    Map<string, { value: Expr; op: string | null; scope: Scope }[]>
  >();
  /** Locals whose container may be changed by code the transpiler does not follow. */
  readonly escapedLocals = new Map<Scope, Set<string>>();
  /** Element types of list/tuple/set locals, per scope. */
  readonly elemTypes = new Map<Scope, Map<string, import("./types.js").PyType>>();
  /** Elements added to a local list/set after it is built (`xs.append(v)`, `xs[i] = v`); a
   * `null` value means an unknown addition (`xs.extend(ys)`). */
  readonly elemWrites = new Map<Scope, Map<string, { value: Expr | null; scope: Scope }[]>>();
  /** Types of `self.x` per class. */
  readonly attrTypes = new Map<ClassDefinition, Map<string, import("./types.js").PyType>>();
  /** Per scope, the locals a read may find unbound (declared holding the unbound marker). */
  readonly maybeUnbound = new Map<Scope, Set<string>>();
  /** Reads of a name that may find it unbound (emitted through `py.bound`). */
  readonly unboundReads = new Set<Expr>();
  /** While types are being inferred, a name without a type yet is "never" (not "unknown"). */
  inferring = false;

  constructor(readonly tree: Module) {
    this.module = newScope("module", tree, null);
    this.scopes.set(tree, this.module);
  }

  /** The scope that binds `name` as seen from `scope`, or null for builtins and unknown names. */
  resolve(scope: Scope, name: string): Scope | null {
    if (scope.globals.has(name)) return this.module.bindings.has(name) ? this.module : null;
    let s: Scope | null = scope;
    let first = true;
    while (s) {
      if (!s.nonlocals.has(name) && (s.kind !== "class" || first) && s.bindings.has(name)) return s;
      if (s.globals.has(name)) return this.module.bindings.has(name) ? this.module : null;
      s = s.parent;
      first = false;
    }
    return null;
  }

  /** The single `def` a name resolves to, if it is bound only by that `def`. */
  functionOf(scope: Scope, name: string): FunctionDefinition | null {
    const owner = this.resolve(scope, name);
    const b = owner?.bindings.get(name);
    if (b?.length !== 1 || b[0].kind !== "def") return null;
    return b[0].stmt as FunctionDefinition;
  }

  /** The single `class` a name resolves to, if it is bound only by that `class`. */
  classOf(scope: Scope, name: string): ClassDefinition | null {
    const owner = this.resolve(scope, name);
    const b = owner?.bindings.get(name);
    if (b?.length !== 1 || b[0].kind !== "class") return null;
    return b[0].stmt as ClassDefinition;
  }

  /** Whether `name` in `scope` is the module imported as `module` (e.g. `asyncio`). */
  isModule(scope: Scope, name: string, module: string): boolean {
    const owner = this.resolve(scope, name);
    const b = owner?.bindings.get(name);
    if (b?.length !== 1 || b[0].kind !== "import") return false;
    const imp = b[0].stmt;
    if (imp?.kind !== "ImportStatement" || imp.module !== null) return false;
    return imp.names.some((n) => (n.asName ?? n.name) === name && n.name === module);
  }

  /** If `name` was bound by `from module import x [as name]`: the module and `x`. */
  importedFrom(scope: Scope, name: string): { module: string; name: string } | null {
    const owner = this.resolve(scope, name);
    const b = owner?.bindings.get(name);
    if (b?.length !== 1 || b[0].kind !== "import") return null;
    const imp = b[0].stmt;
    if (imp?.kind !== "ImportStatement" || imp.module === null) return null;
    const n = imp.names.find((x) => (x.asName ?? x.name) === name);
    return n ? { module: imp.module, name: n.name } : null;
  }

  /** The visible class `name` is an instance of: bound once, to `Cls(…)` of a module class. */
  instanceOf(scope: Scope, name: string): ClassDefinition | null {
    const owner = this.resolve(scope, name);
    const b = owner?.bindings.get(name);
    if (!owner || b?.length !== 1) return null;
    const st = b[0].stmt;
    if (b[0].kind === "with" && st?.kind === "WithStatement") {
      // `with Cls() as x` where Cls.__enter__/__aenter__ returns self.
      const item = st.items.find(
        (i) => i.target?.kind === "VariableName" && i.target.name === name,
      );
      const call = item?.context;
      if (call?.kind !== "CallExpression" || call.func.kind !== "VariableName") return null;
      const cls = this.classOf(owner, call.func.name);
      const enter = cls?.body.find(
        (m): m is FunctionDefinition =>
          m.kind === "FunctionDefinition" && m.name === (st.isAsync ? "__aenter__" : "__enter__"),
      );
      return cls && enter && returnsSelf(enter) ? cls : null;
    }
    if (b[0].kind !== "assign") return null;
    if (st?.kind !== "AssignStatement" || st.value?.kind !== "CallExpression") return null;
    if (!st.targets.some((t) => t.kind === "VariableName" && t.name === name)) return null;
    const f = st.value.func;
    return f.kind === "VariableName" ? this.classOf(owner, f.name) : null;
  }

  /** Whether a call runs an event loop to completion (so JS must await it): `asyncio.run(…)`,
   * `loop.run_until_complete(…)`, `runner.run(…)` on an `asyncio.Runner`. */
  runsLoop(scope: Scope, callee: Expr): boolean {
    if (this.isAsyncioRun(scope, callee)) return true;
    if (callee.kind !== "MemberExpression") return false;
    if (callee.name === "run_until_complete") return true;
    return (
      callee.name === "run" &&
      callee.object.kind === "VariableName" &&
      this.isRunner(scope, callee.object.name)
    );
  }

  /** Whether `name` is bound only to an `asyncio.Runner(…)` (by `=` or `with … as`). */
  isRunner(scope: Scope, name: string): boolean {
    const owner = this.resolve(scope, name);
    const b = owner?.bindings.get(name);
    if (!owner || b?.length !== 1) return false;
    const st = b[0].stmt;
    if (st?.kind === "AssignStatement" && st.value) return this.isRunnerCall(owner, st.value);
    if (st?.kind === "WithStatement") {
      return st.items.some(
        (i) =>
          i.target?.kind === "VariableName" &&
          i.target.name === name &&
          this.isRunnerCall(owner, i.context),
      );
    }
    return false;
  }

  /** `asyncio.Runner(…)` (or a `Runner` imported from asyncio). */
  isRunnerCall(scope: Scope, e: Expr): boolean {
    if (e.kind !== "CallExpression") return false;
    const f = e.func;
    if (f.kind === "MemberExpression" && f.name === "Runner" && f.object.kind === "VariableName") {
      return this.isModule(scope, f.object.name, "asyncio");
    }
    if (f.kind === "VariableName") {
      const imp = this.importedFrom(scope, f.name);
      return imp?.module === "asyncio" && imp.name === "Runner";
    }
    return false;
  }

  /** Whether `e` (in `scope`) is `asyncio.run` or a `run` imported from asyncio. */
  isAsyncioRun(scope: Scope, e: Expr): boolean {
    if (e.kind === "MemberExpression" && e.name === "run" && e.object.kind === "VariableName") {
      return this.isModule(scope, e.object.name, "asyncio");
    }
    if (e.kind === "VariableName") {
      const imp = this.importedFrom(scope, e.name);
      return imp?.module === "asyncio" && imp.name === "run";
    }
    return false;
  }
}

/** Whether a method returns its `self`, and only that, on every `return` (there is one). */
function returnsSelf(def: FunctionDefinition): boolean {
  const self = def.params[0]?.name;
  const returns: Stmt[] = [];
  const visit = (list: Stmt[]) => {
    for (const st of list) {
      if (st.kind === "ReturnStatement") returns.push(st);
      for (const inner of childBodies(st)) visit(inner);
    }
  };
  visit(def.body);
  return (
    returns.length > 0 &&
    returns.every(
      (st) =>
        st.kind === "ReturnStatement" &&
        st.value?.kind === "VariableName" &&
        st.value.name === self,
    )
  );
}

/** Runs the semantic pass. */
export function check(tree: Module): Analysis {
  const an = new Analysis(tree);
  const walker = new ScopeWalker(an);
  walker.stmts(tree.body, an.module, 0);
  findUnboundReads(an);
  for (const s of an.scopes.values()) decideDecls(s, an.maybeUnbound.get(s));
  findLoopRunners(an, walker.callsIn);
  findSelfUse(an);
  inferTypes(an);
  return an;
}

class ScopeWalker {
  /** Calls made directly in each function scope (not nested defs). */
  readonly callsIn = new Map<Scope, { callee: Expr; scope: Scope }[]>();
  constructor(readonly an: Analysis) {}

  /** Whether `name` is bound only by an unconditional import of the same `module`/`name`. */
  importedAlready(scope: Scope, local: string, module: string | null, name: string): boolean {
    const list = scope.bindings.get(local);
    if (!list?.length || scope.globals.has(local) || scope.nonlocals.has(local)) return false;
    return list.every((b) => {
      const st = b.stmt;
      if (b.kind !== "import" || b.depth !== 0 || st?.kind !== "ImportStatement") return false;
      return (
        st.module === module &&
        st.names.some((m) => m.name === name && (m.asName ?? m.name.split(".")[0]) === local)
      );
    });
  }

  bind(scope: Scope, name: string, b: Binding): void {
    let target = scope;
    if (scope.globals.has(name)) target = this.an.module;
    else if (scope.nonlocals.has(name)) {
      let s = scope.parent;
      while (s && !(s.kind === "function" && s.bindings.has(name))) s = s.parent;
      if (!s) return;
      target = s;
    }
    if (target !== scope) b = { ...b, depth: 99, kind: "other" };
    else b = { ...b, blockEnd: this.blockEnd };
    const list = target.bindings.get(name) ?? [];
    list.push(b);
    target.bindings.set(name, list);
  }

  ref(scope: Scope, name: string, span: Span): void {
    const list = scope.refs.get(name) ?? [];
    list.push(span);
    scope.refs.set(name, list);
  }

  /** Binds every name in an assignment target; visits the rest as reads. */
  target(
    t: Expr,
    scope: Scope,
    stmt: Stmt | null,
    kind: Binding["kind"],
    depth: number,
    multi: boolean,
  ): void {
    if (t.kind === "VariableName") {
      this.bind(scope, t.name, { kind, stmt, depth, multi, span: t });
    } else if (t.kind === "TupleExpression" || t.kind === "ArrayExpression") {
      for (const e of t.elts) this.target(e, scope, stmt, kind, depth, true);
    } else if (t.kind === "StarredExpression") {
      this.target(t.value, scope, stmt, kind, depth, true);
    } else {
      this.expr(t, scope);
    }
  }

  /** End of the statement list being walked (for block-local declarations). */
  private blockEnd = 0;

  stmts(list: Stmt[], scope: Scope, depth: number): void {
    for (const s of list) if (s.kind === "ScopeStatement") this.scopeStmt(s, scope);
    const saved = this.blockEnd;
    for (const s of list) {
      this.blockEnd = list[list.length - 1].to;
      this.stmt(s, scope, depth);
    }
    this.blockEnd = saved;
  }

  scopeStmt(s: Extract<Stmt, { kind: "ScopeStatement" }>, scope: Scope): void {
    for (const n of s.names) (s.scope === "global" ? scope.globals : scope.nonlocals).add(n);
  }

  stmt(s: Stmt, scope: Scope, depth: number): void {
    switch (s.kind) {
      case "ExpressionStatement":
        this.expr(s.value, scope);
        return;
      case "AssignStatement":
        if (s.value) this.expr(s.value, scope);
        if (s.annotation) this.expr(s.annotation, scope);
        if (!s.value) return;
        for (const t of s.targets) {
          this.target(
            t,
            scope,
            s,
            "assign",
            depth,
            s.targets.length > 1 || t.kind !== "VariableName",
          );
        }
        return;
      case "UpdateStatement":
        this.expr(s.value, scope);
        if (s.target.kind === "VariableName") {
          this.ref(scope, s.target.name, s.target);
          this.bind(scope, s.target.name, {
            kind: "other",
            stmt: s,
            depth,
            multi: false,
            span: s.target,
          });
        } else this.expr(s.target, scope);
        return;
      case "DeleteStatement":
        for (const t of s.targets) {
          this.expr(t, scope);
          // `del x` → `x = undefined`: x cannot be a const.
          if (t.kind === "VariableName") {
            this.bind(scope, t.name, { kind: "other", stmt: s, depth: 99, multi: false, span: t });
          }
        }
        return;
      case "ReturnStatement":
        if (s.value) this.expr(s.value, scope);
        return;
      case "RaiseStatement":
        if (s.exc) this.expr(s.exc, scope);
        if (s.cause) this.expr(s.cause, scope);
        return;
      case "AssertStatement":
        this.expr(s.test, scope);
        if (s.msg) this.expr(s.msg, scope);
        return;
      case "ImportStatement":
        for (const n of s.names) {
          if (n.name === "*") continue;
          const local = n.asName ?? n.name.split(".")[0];
          // The same import again (two pasted snippets both `import asyncio`) binds nothing new.
          if (this.importedAlready(scope, local, s.module, n.name)) continue;
          this.bind(scope, local, { kind: "import", stmt: s, depth, multi: false, span: n.span });
        }
        return;
      case "IfStatement":
        for (const b of s.branches) {
          this.expr(b.test, scope);
          this.stmts(b.body, scope, depth + 1);
        }
        if (s.orelse) this.stmts(s.orelse, scope, depth + 1);
        return;
      case "WhileStatement":
        this.expr(s.test, scope);
        this.stmts(s.body, scope, depth + 1);
        if (s.orelse) this.stmts(s.orelse, scope, depth + 1);
        return;
      case "ForStatement":
        this.expr(s.iter, scope);
        if (s.isAsync) this.markAwait(scope);
        this.target(s.target, scope, s, "for", depth + 1, s.target.kind !== "VariableName");
        this.stmts(s.body, scope, depth + 1);
        if (s.orelse) this.stmts(s.orelse, scope, depth + 1);
        return;
      case "TryStatement":
        this.stmts(s.body, scope, depth + 1);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type, scope);
          this.stmts(h.body, scope, depth + 1);
        }
        if (s.orelse) this.stmts(s.orelse, scope, depth + 1);
        if (s.finalbody) this.stmts(s.finalbody, scope, depth + 1);
        return;
      case "WithStatement":
        if (s.isAsync) this.markAwait(scope);
        for (const item of s.items) {
          this.expr(item.context, scope);
          if (item.target)
            this.target(
              item.target,
              scope,
              s,
              "with",
              depth + 1,
              item.target.kind !== "VariableName",
            );
        }
        this.stmts(s.body, scope, depth + 1);
        return;
      case "FunctionDefinition":
        this.functionDef(s, scope, depth);
        return;
      case "ClassDefinition":
        this.classDef(s, scope, depth);
        return;
      default:
        return;
    }
  }

  functionDef(s: FunctionDefinition, scope: Scope, depth: number): void {
    for (const d of s.decorators) this.expr(d, scope);
    for (const p of s.params) {
      if (p.default) this.expr(p.default, scope);
      if (p.annotation) this.expr(p.annotation, scope);
    }
    if (s.returns) this.expr(s.returns, scope);
    this.bind(scope, s.name, { kind: "def", stmt: s, depth, multi: false, span: s.nameSpan });
    const fn = newScope("function", s, scope);
    this.an.scopes.set(s, fn);
    for (const p of s.params) {
      fn.params.add(p.name);
      fn.bindings.set(p.name, [{ kind: "other", stmt: null, depth: 0, multi: false, span: p }]);
    }
    this.stmts(s.body, fn, 0);
  }

  classDef(s: ClassDefinition, scope: Scope, depth: number): void {
    for (const d of s.decorators) this.expr(d, scope);
    for (const b of s.bases) this.expr(b, scope);
    for (const k of s.keywords) this.expr(k.value, scope);
    this.bind(scope, s.name, { kind: "class", stmt: s, depth, multi: false, span: s });
    const cls = newScope("class", s, scope);
    this.an.scopes.set(s, cls);
    this.stmts(s.body, cls, 0);
  }

  functionScope(scope: Scope): Scope | null {
    let s: Scope | null = scope;
    while (s && s.kind === "comprehension") s = s.parent;
    return s && (s.kind === "function" || s.kind === "lambda") ? s : null;
  }

  markAwait(scope: Scope): void {
    const f = this.functionScope(scope);
    if (f) f.hasAwait = true;
  }

  expr(e: Expr, scope: Scope): void {
    switch (e.kind) {
      case "VariableName":
        this.ref(scope, e.name, e);
        return;
      case "AwaitExpression":
        this.markAwait(scope);
        break;
      case "YieldExpression": {
        const f = this.functionScope(scope);
        if (f) f.hasYield = true;
        break;
      }
      case "NamedExpression": {
        let s = scope;
        while (s.kind === "comprehension" && s.parent) s = s.parent;
        this.expr(e.value, scope);
        this.bind(s, e.target.name, {
          kind: "other",
          stmt: null,
          depth: 99,
          multi: false,
          span: e.target,
        });
        return;
      }
      case "CallExpression": {
        const f = this.functionScope(scope) ?? (scope.kind === "module" ? scope : null);
        if (f) {
          const list = this.callsIn.get(f) ?? [];
          list.push({ callee: e.func, scope });
          this.callsIn.set(f, list);
        }
        break;
      }
      case "LambdaExpression": {
        for (const p of e.params) if (p.default) this.expr(p.default, scope);
        const fn = newScope("lambda", e, scope);
        this.an.scopes.set(e, fn);
        for (const p of e.params) {
          fn.params.add(p.name);
          fn.bindings.set(p.name, [{ kind: "other", stmt: null, depth: 0, multi: false, span: p }]);
        }
        this.expr(e.body, fn);
        return;
      }
      case "ArrayComprehensionExpression":
      case "SetComprehensionExpression":
      case "DictionaryComprehensionExpression":
      case "ComprehensionExpression":
        this.comprehension(e, scope);
        return;
    }
    for (const c of exprChildren(e)) this.expr(c, scope);
  }

  comprehension(e: Comprehension, scope: Scope): void {
    const cs = newScope("comprehension", e, scope);
    this.an.scopes.set(e, cs);
    e.generators.forEach((g, i) => {
      this.expr(g.iter, i === 0 ? scope : cs);
      if (g.isAsync) this.markAwait(scope);
      this.target(g.target, cs, null, "other", 0, true);
      for (const c of g.ifs) this.expr(c, cs);
    });
    this.expr(e.elt, cs);
    if (e.value) this.expr(e.value, cs);
  }
}

/** Decides `const` / `let` / in place / hoisted for every local of a scope (see DeclKind). */
function decideDecls(s: Scope, unbound: Set<string> | undefined): void {
  if (s.kind === "class" || s.kind === "comprehension" || s.kind === "lambda") return;
  for (const [name, bindings] of s.bindings) {
    if (s.params.has(name)) continue;
    s.decl.set(name, unbound?.has(name) ? "hoist" : declFor(s, name, bindings));
  }
  // A destructuring statement declares all its names the same way, or none of them.
  const byStmt = new Map<Stmt, string[]>();
  for (const [name, bindings] of s.bindings) {
    for (const b of bindings) {
      if (b.multi && b.stmt) byStmt.set(b.stmt, [...(byStmt.get(b.stmt) ?? []), name]);
    }
  }
  for (const names of byStmt.values()) {
    const kinds = new Set(names.map((n) => s.decl.get(n)));
    if (kinds.size > 1) for (const n of names) if (!s.params.has(n)) s.decl.set(n, "hoist");
  }
}

function declFor(s: Scope, name: string, bindings: Binding[]): DeclKind {
  const first = bindings[0];
  if (bindings.length === 1) {
    if ((first.kind === "def" || first.kind === "class") && first.depth === 0) return "definition";
    if (first.kind === "import") return "definition";
    if ((first.kind === "for" || first.kind === "with") && first.stmt) {
      const stmt = first.stmt;
      const refs = s.refs.get(name) ?? [];
      // A `for … else` body ends before its `else` clause, where the loop's `const` is gone.
      const end =
        stmt.kind === "ForStatement" && stmt.orelse && stmt.body.length
          ? stmt.body[stmt.body.length - 1].to
          : stmt.to;
      const inside = refs.every((r) => r.from >= stmt.from && r.to <= end);
      // A closure made in the loop shares Python's one variable, not a per-iteration copy.
      if (inside && !capturedByClosure(s, name)) return "inplace";
    }
    if (first.kind === "assign" && first.depth === 0) return "const";
    if (first.kind === "assign" && first.stmt && first.blockEnd !== undefined) {
      const from = first.stmt.from;
      const end = first.blockEnd;
      const refs = s.refs.get(name) ?? [];
      const inBlock = refs.every((r) => r.from >= from && r.to <= end);
      if (inBlock && !capturedByClosure(s, name)) return "block";
    }
  }
  // Writes from inner functions (`global`/`nonlocal`, depth 99) happen when they are called,
  // after the first binding here: they only rule out `const`.
  const own = bindings.filter((b) => b.depth !== 99);
  if (
    own.length &&
    own.every((b) => b.depth === 0) &&
    own[0] === first &&
    first.kind === "assign"
  ) {
    return "let";
  }
  return "hoist";
}

/** Whether a function or lambda nested in `s` reads `name` from `s`. */
function capturedByClosure(s: Scope, name: string): boolean {
  const visit = (inner: Scope[]): boolean => inner.some((c) => reads(c));
  const reads = (c: Scope): boolean => {
    if (c.bindings.has(name) || c.globals.has(name)) return false;
    if ((c.kind === "function" || c.kind === "lambda") && c.refs.has(name)) return true;
    return visit(c.children);
  };
  return visit(s.children);
}

/** Marks plain module-level `def`s that call `asyncio.run`, directly or through each other. */
function findLoopRunners(
  an: Analysis,
  callsIn: Map<Scope, { callee: Expr; scope: Scope }[]>,
): void {
  const fns = [...an.scopes.values()].filter(
    (s) => s.kind === "function" && !(s.node as FunctionDefinition).isAsync && !s.hasYield,
  );
  let changed = true;
  while (changed) {
    changed = false;
    for (const f of fns) {
      if (f.runsLoop) continue;
      for (const c of callsIn.get(f) ?? []) {
        let runs = an.runsLoop(c.scope, c.callee);
        if (!runs && c.callee.kind === "VariableName") {
          const def = an.functionOf(c.scope, c.callee.name);
          runs = !!def && !!an.scopes.get(def)?.runsLoop;
        }
        if (runs) {
          f.runsLoop = true;
          changed = true;
          break;
        }
      }
    }
  }
}

/** Marks nested functions that read `self` from an enclosing method (they become arrows). */
function findSelfUse(an: Analysis): void {
  for (const s of an.scopes.values()) {
    if (s.kind !== "function") continue;
    if (s.refs.has("self") && !s.bindings.has("self")) {
      const owner = an.resolve(s, "self");
      if (owner && owner !== s) s.usesOuterSelf = true;
    }
  }
}
