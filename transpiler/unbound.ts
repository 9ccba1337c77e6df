// Which reads of a local may find it unbound. Python raises NameError / UnboundLocalError there;
// JS would read `undefined` (esbuild turns top-level `const` into `var`) or hit a TDZ error with
// the wrong message. A forward pass over each module/function body tracks the names that are
// definitely bound at each point; a read of one of the scope's own names that is not, and every
// name some `del` unbinds, is "maybe unbound": it is declared holding the runtime's marker and the
// reads that are not known to be safe go through `py.bound` (contract §1).
import type { Expr, FunctionDefinition, Stmt } from "./ast.js";
import type { Analysis } from "./check.js";
import { childBodies } from "./infer-calls.js";
import type { Scope } from "./scope.js";
import { exprChildren } from "./visit.js";

/** Definitely bound names, or null where control cannot reach. */
type Bound = Set<string> | null;

function meet(a: Bound, b: Bound): Bound {
  if (a === null) return b === null ? null : new Set(b);
  if (b === null) return new Set(a);
  return new Set([...a].filter((n) => b.has(n)));
}

/** Names a statement list deletes anywhere in it (nested blocks included, nested defs not). */
function deletedIn(list: Stmt[], out = new Set<string>()): Set<string> {
  for (const s of list) {
    if (s.kind === "DeleteStatement") {
      for (const t of s.targets) if (t.kind === "VariableName") out.add(t.name);
    }
    for (const inner of childBodies(s)) deletedIn(inner, out);
  }
  return out;
}

function minus(d: Bound, names: Set<string>): Bound {
  if (d === null) return null;
  return new Set([...d].filter((n) => !names.has(n)));
}

/** Whether a `with` item may swallow the body's exception (so the body may stop half-way). */
function maySuppress(e: Expr): boolean {
  if (e.kind === "VariableName") return e.name === "suppress";
  if (e.kind === "MemberExpression") return e.name === "suppress";
  if (e.kind === "CallExpression") return maySuppress(e.func);
  return false;
}

function isMainGuard(an: Analysis, at: Scope, test: Expr): boolean {
  if (test.kind !== "Compare" || test.ops.length !== 1 || test.ops[0] !== "==") return false;
  const [a, b] = test.operands;
  const isName = (x: Expr) =>
    x.kind === "VariableName" && x.name === "__name__" && !an.resolve(at, "__name__");
  const isMain = (x: Expr) => x.kind === "String" && x.value === "__main__";
  return (isName(a) && isMain(b)) || (isName(b) && isMain(a));
}

/** A read made later (in a nested function or lambda) of a name bound in an enclosing scope. */
interface LaterRead {
  owner: Scope;
  name: string;
  read: Expr;
}

class FlowWalker {
  constructor(
    readonly an: Analysis,
    /** The module or function scope whose body is walked. */
    readonly scope: Scope,
    readonly later: LaterRead[],
    readonly functions: FunctionDefinition[],
  ) {}

  /** Records `name` as maybe unbound in its scope. */
  flagName(owner: Scope, name: string): void {
    const names = this.an.maybeUnbound.get(owner) ?? new Set<string>();
    names.add(name);
    this.an.maybeUnbound.set(owner, names);
  }

  /** Whether a name's bindings are imports (runtime modules are not variables at all). */
  isImport(owner: Scope, name: string): boolean {
    return (owner.bindings.get(name) ?? []).some((b) => b.kind === "import");
  }

  block(list: Stmt[], d: Bound): Bound {
    for (const s of list) d = this.stmt(s, d, this.scope);
    return d;
  }

  /** Adds the names a binding target binds in this scope. */
  bind(t: Expr, d: Bound, at: Scope): Bound {
    if (d === null) return null;
    if (t.kind === "VariableName") {
      if (this.an.resolve(at, t.name) === this.scope) d.add(t.name);
      return d;
    }
    if (t.kind === "TupleExpression" || t.kind === "ArrayExpression") {
      for (const e of t.elts) d = this.bind(e, d, at);
      return d;
    }
    if (t.kind === "StarredExpression") return this.bind(t.value, d, at);
    this.reads(t, d, at);
    return d;
  }

  stmt(s: Stmt, d: Bound, at: Scope): Bound {
    if (d === null) return null;
    switch (s.kind) {
      case "ExpressionStatement":
        this.reads(s.value, d, at);
        return d;
      case "AssignStatement":
        if (!s.value) return d;
        this.reads(s.value, d, at);
        for (const t of s.targets) d = this.bind(t, d, at);
        return d;
      case "UpdateStatement":
        this.reads(s.target, d, at);
        this.reads(s.value, d, at);
        return this.bind(s.target, d, at);
      case "DeleteStatement":
        for (const t of s.targets) {
          if (t.kind !== "VariableName") {
            this.reads(t, d, at);
            continue;
          }
          const owner = this.an.resolve(at, t.name);
          if (owner && owner.kind !== "class" && !this.isImport(owner, t.name)) {
            this.flagName(owner, t.name);
          }
          d.delete(t.name);
        }
        return d;
      case "ReturnStatement":
        if (s.value) this.reads(s.value, d, at);
        return null;
      case "RaiseStatement":
        if (s.exc) this.reads(s.exc, d, at);
        if (s.cause) this.reads(s.cause, d, at);
        return null;
      case "BreakStatement":
      case "ContinueStatement":
        return null;
      case "ImportStatement":
        for (const n of s.names) {
          const name = n.asName ?? n.name.split(".")[0];
          if (this.an.resolve(at, name) === this.scope) d.add(name);
        }
        return d;
      case "AssertStatement":
        this.reads(s.test, d, at);
        if (s.msg) this.reads(s.msg, d, at);
        return d;
      case "IfStatement": {
        // `if __name__ == "__main__":` always runs here.
        if (isMainGuard(this.an, at, s.branches[0].test))
          return this.blockAt(s.branches[0].body, d, at);
        let out: Bound = null;
        for (const b of s.branches) {
          this.reads(b.test, d, at);
          out = meet(out, this.blockAt(b.body, new Set(d), at));
        }
        return meet(out, s.orelse ? this.blockAt(s.orelse, new Set(d), at) : d);
      }
      case "WhileStatement": {
        const start = minus(d, deletedIn(s.body));
        this.reads(s.test, start ?? d, at);
        this.blockAt(s.body, start, at);
        if (s.orelse) this.blockAt(s.orelse, new Set(d), at);
        return minus(d, deletedIn([s]));
      }
      case "ForStatement": {
        this.reads(s.iter, d, at);
        const start = this.bind(s.target, minus(d, deletedIn(s.body)) ?? new Set(), at);
        this.blockAt(s.body, start, at);
        if (s.orelse) this.blockAt(s.orelse, minus(d, deletedIn(s.body)), at);
        return minus(d, deletedIn([s]));
      }
      case "TryStatement": {
        const body = this.blockAt(s.body, new Set(d), at);
        const unsure = minus(d, deletedIn(s.body));
        let out = s.orelse
          ? this.blockAt(s.orelse, body === null ? null : new Set(body), at)
          : body;
        for (const h of s.handlers) {
          if (h.type) this.reads(h.type, unsure ?? d, at);
          const start = unsure === null ? null : new Set(unsure);
          if (start && h.name && this.an.resolve(at, h.name) === this.scope) start.add(h.name);
          out = meet(out, this.blockAt(h.body, start, at));
        }
        if (!s.finalbody) return out;
        const before = minus(unsure, deletedIn(s.handlers.flatMap((h) => h.body)));
        const fin = this.blockAt(s.finalbody, before === null ? null : new Set(before), at);
        if (out === null || fin === null) return null;
        return minus(new Set([...out, ...fin]), deletedIn(s.finalbody));
      }
      case "WithStatement": {
        let start: Set<string> = d;
        for (const item of s.items) {
          this.reads(item.context, start, at);
          if (item.target) start = this.bind(item.target, start, at) ?? start;
        }
        const after = new Set(start);
        const out = this.blockAt(s.body, start, at);
        return s.items.some((i) => maySuppress(i.context)) ? meet(out, after) : out;
      }
      case "FunctionDefinition":
        for (const e of s.decorators) this.reads(e, d, at);
        for (const p of s.params) if (p.default) this.reads(p.default, d, at);
        this.functions.push(s);
        return this.bindName(s.name, d, at);
      case "ClassDefinition": {
        for (const e of s.decorators) this.reads(e, d, at);
        for (const e of s.bases) this.reads(e, d, at);
        const cls = this.an.scopes.get(s);
        if (cls) this.blockAt(s.body, new Set(d), cls);
        return this.bindName(s.name, d, at);
      }
      default:
        return d;
    }
  }

  bindName(name: string, d: Set<string>, at: Scope): Set<string> {
    if (this.an.resolve(at, name) === this.scope) d.add(name);
    return d;
  }

  blockAt(list: Stmt[], d: Bound, at: Scope): Bound {
    for (const s of list) d = this.stmt(s, d, at);
    return d;
  }

  /** Visits the reads of an expression evaluated now, with `d` bound. */
  reads(e: Expr, d: Set<string>, at: Scope): void {
    switch (e.kind) {
      case "VariableName": {
        const owner = this.an.resolve(at, e.name);
        if (!owner || owner.kind === "class" || owner.kind === "comprehension") return;
        if (owner !== this.scope) {
          this.later.push({ owner, name: e.name, read: e });
          return;
        }
        if (d.has(e.name) || this.isImport(owner, e.name)) return;
        this.flagName(owner, e.name);
        this.an.unboundReads.add(e);
        return;
      }
      case "NamedExpression":
        this.reads(e.value, d, at);
        this.bind(e.target, d, at);
        return;
      case "LambdaExpression": {
        for (const p of e.params) if (p.default) this.reads(p.default, d, at);
        const fn = this.an.scopes.get(e);
        if (fn) this.laterReads(e.body, fn);
        return;
      }
      case "ArrayComprehensionExpression":
      case "SetComprehensionExpression":
      case "DictionaryComprehensionExpression":
      case "ComprehensionExpression": {
        const cs = this.an.scopes.get(e) ?? at;
        e.generators.forEach((g, i) => {
          this.reads(g.iter, d, i === 0 ? at : cs);
          for (const c of g.ifs) this.reads(c, d, cs);
        });
        this.reads(e.elt, d, cs);
        if (e.value) this.reads(e.value, d, cs);
        return;
      }
    }
    for (const c of exprChildren(e)) this.reads(c, d, at);
  }

  /** Reads in a lambda body: made when it is called, so they count against their owner later. */
  laterReads(e: Expr, at: Scope): void {
    if (e.kind === "VariableName") {
      const owner = this.an.resolve(at, e.name);
      if (owner && owner !== at && owner.kind !== "class" && owner.kind !== "comprehension") {
        this.later.push({ owner, name: e.name, read: e });
      }
      return;
    }
    const inner = this.an.scopes.get(e);
    for (const c of exprChildren(e)) this.laterReads(c, inner ?? at);
  }
}

/**
 * Fills `an.maybeUnbound` (per scope, the names to declare holding the unbound marker) and
 * `an.unboundReads` (the reads to check). Runs after the scope walk, before declarations.
 */
export function findUnboundReads(an: Analysis): void {
  const later: LaterRead[] = [];
  const queue: { scope: Scope; body: Stmt[] }[] = [{ scope: an.module, body: an.tree.body }];
  while (queue.length) {
    const { scope, body } = queue.shift()!;
    const functions: FunctionDefinition[] = [];
    new FlowWalker(an, scope, later, functions).block(body, new Set(scope.params));
    for (const f of functions) {
      const fs = an.scopes.get(f);
      if (fs) queue.push({ scope: fs, body: f.body });
    }
  }
  // A name that may be unbound is checked wherever it is read from a nested function too.
  for (const r of later) {
    if (an.maybeUnbound.get(r.owner)?.has(r.name)) an.unboundReads.add(r.read);
  }
}
