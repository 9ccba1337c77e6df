// Facts type inference needs about the whole program: the visible call sites of every function
// (and `__init__`, and methods called through `self`), which functions escape as values, and
// the attribute writes `self.x = …` of each class.

import type { ClassDefinition, Expr, FunctionDefinition, Stmt } from "./ast.js";
import type { Analysis } from "./check.js";
import type { Scope } from "./scope.js";
import { exprChildren } from "./visit.js";

/** The statement lists nested directly in a compound statement. */
export function childBodies(st: Stmt): Stmt[][] {
  switch (st.kind) {
    case "IfStatement":
      return [...st.branches.map((b) => b.body), ...(st.orelse ? [st.orelse] : [])];
    case "WhileStatement":
    case "ForStatement":
      return [st.body, ...(st.orelse ? [st.orelse] : [])];
    case "TryStatement":
      return [
        st.body,
        ...st.handlers.map((h) => h.body),
        ...(st.orelse ? [st.orelse] : []),
        ...(st.finalbody ? [st.finalbody] : []),
      ];
    case "WithStatement":
      return [st.body];
    default:
      return [];
  }
}

/** The `__init__` of a class, if it defines one. */
function initOf(cls: ClassDefinition): FunctionDefinition | null {
  return (
    cls.body.find(
      (st): st is FunctionDefinition => st.kind === "FunctionDefinition" && st.name === "__init__",
    ) ?? null
  );
}

/** The class a `super()` call inside `s` refers to the base of, if visible. */
function superBase(an: Analysis, s: Scope): ClassDefinition | null {
  let p: Scope | null = s;
  while (p && p.kind !== "class") p = p.parent;
  const cls = p?.node as ClassDefinition | undefined;
  const base = cls?.bases[0];
  if (!p?.parent || base?.kind !== "VariableName") return null;
  return an.classOf(p.parent, base.name);
}

/** Records every direct call of each `def` (and `__init__` through its class, methods through
 * `self.m(…)`) and every other use of its name, which makes its parameters unknowable. */
export function collectCalls(an: Analysis): void {
  for (const s of an.scopes.values()) {
    if (s.kind === "function") an.callsTo.set(s.node as FunctionDefinition, []);
  }
  const callees = new Set<Expr>();
  const record = (def: FunctionDefinition | null, call: Expr, callee: Expr) => {
    if (!def) return;
    an.callsTo.get(def)?.push(call);
    callees.add(callee);
  };
  const walkExpr = (e: Expr, s: Scope) => {
    const inner = an.scopes.get(e) ?? s;
    if (e.kind === "CallExpression") recordElementWrite(an, e, s);
    recordExpressionEscapes(an, e, s);
    if (e.kind === "CallExpression") {
      const f = e.func;
      if (f.kind === "VariableName") {
        record(an.functionOf(s, f.name), e, f);
        const cls = an.classOf(s, f.name);
        if (cls) record(initOf(cls), e, f);
      } else if (f.kind === "MemberExpression" && f.object.kind === "CallExpression") {
        const sup = f.object.func;
        if (sup.kind === "VariableName" && sup.name === "super" && f.name === "__init__") {
          const base = superBase(an, s);
          if (base) record(initOf(base), e, f);
        }
      } else if (f.kind === "MemberExpression" && f.object.kind === "VariableName") {
        const method = selfMethod(an, s, f.object.name, f.name);
        if (method) record(method, e, f);
      }
    }
    if (e.kind === "VariableName" && !callees.has(e)) {
      const def = an.functionOf(s, e.name);
      if (def) an.escaped.add(def);
      const cls = an.classOf(s, e.name);
      const init = cls ? initOf(cls) : null;
      if (init) an.escaped.add(init);
    }
    if (e.kind === "MemberExpression") {
      const self = e.object.kind === "VariableName" ? selfClass(an, s, e.object.name) : null;
      if (!self) an.foreignAttrs.add(e.name);
      if (!callees.has(e) && e.object.kind === "VariableName") {
        const method = selfMethod(an, s, e.object.name, e.name);
        if (method) an.escaped.add(method);
      }
    }
    for (const c of exprChildren(e)) walkExpr(c, inner);
  };
  const walkStmts = (list: Stmt[], s: Scope) => {
    for (const st of list) walkStmt(st, s);
  };
  const walkStmt = (st: Stmt, s: Scope) => {
    if (st.kind === "ClassDefinition") {
      for (const d of st.decorators) walkExpr(d, s);
      walkStmts(st.body, an.scopes.get(st)!);
      return;
    }
    for (const e of stmtExprs(st)) walkExpr(e, s);
    recordAttrWrites(an, st, s);
    recordStatementEscapes(an, st, s);
    if (st.kind === "FunctionDefinition") {
      walkStmts(st.body, an.scopes.get(st)!);
      return;
    }
    for (const b of childBodies(st)) walkStmts(b, s);
  };
  walkStmts(an.tree.body, an.module);
  // Methods the program can reach other than through `self.m(…)` have unknowable parameters.
  for (const s of an.scopes.values()) {
    if (s.kind !== "function" || s.parent?.kind !== "class") continue;
    const def = s.node as FunctionDefinition;
    if (def.name !== "__init__" && !isDunder(def.name)) {
      if (!privateMethod(an, s, def)) an.escaped.add(def);
    } else if (isDunder(def.name) && def.name !== "__init__") an.escaped.add(def);
  }
}

/** Builtins that never keep or mutate the containers they are given. */
const pureBuiltins = new Set([
  "print",
  "len",
  "sorted",
  "sum",
  "min",
  "max",
  "list",
  "tuple",
  "set",
  "enumerate",
  "zip",
  "str",
  "repr",
  "any",
  "all",
  "reversed",
  "isinstance",
  "iter",
  "format",
  "bool",
  "type",
]);

/** Marks a local container that something else may now mutate (its element type is unknown). */
function escape(an: Analysis, s: Scope, e: Expr | null | undefined): void {
  if (e?.kind !== "VariableName") return;
  const owner = an.resolve(s, e.name);
  if (!owner) return;
  const set = an.escapedLocals.get(owner) ?? new Set<string>();
  set.add(e.name);
  an.escapedLocals.set(owner, set);
}

/** Names handed to code the transpiler does not follow: arguments, display items, yields. */
function recordExpressionEscapes(an: Analysis, e: Expr, s: Scope): void {
  switch (e.kind) {
    case "CallExpression": {
      const f = e.func;
      const pure = f.kind === "VariableName" && pureBuiltins.has(f.name) && !an.resolve(s, f.name);
      if (!pure) for (const a of e.args) escape(an, s, a.value);
      return;
    }
    case "ArrayExpression":
    case "TupleExpression":
    case "SetExpression":
      for (const x of e.elts) escape(an, s, x.kind === "StarredExpression" ? null : x);
      return;
    case "DictionaryExpression":
      for (const en of e.entries) escape(an, s, en.value);
      return;
    case "YieldExpression":
    case "NamedExpression":
      escape(an, s, e.value);
      return;
    default:
      return;
  }
}

/** `ys = xs`, `self.items = xs`, `d[k] = xs`, `return xs`: the container gets another owner. */
function recordStatementEscapes(an: Analysis, st: Stmt, s: Scope): void {
  if (st.kind === "AssignStatement") escape(an, s, st.value);
  if (st.kind === "ReturnStatement") escape(an, s, st.value);
}

/** Methods that add elements to a list or set, and which argument is the element. */
const adders: Record<string, number> = { append: 0, add: 0, insert: 1 };
/** Methods that add elements the transpiler cannot see. */
const bulkAdders = new Set(["extend", "update", "__setitem__", "__iadd__"]);

function addElementWrite(an: Analysis, s: Scope, name: string, value: Expr | null): void {
  const owner = an.resolve(s, name);
  if (!owner) return;
  const writes = an.elemWrites.get(owner) ?? new Map();
  const list = writes.get(name) ?? [];
  list.push({ value, scope: s });
  writes.set(name, list);
  an.elemWrites.set(owner, writes);
}

/** Records `xs.append(v)` and friends on a local name. */
function recordElementWrite(
  an: Analysis,
  e: Extract<Expr, { kind: "CallExpression" }>,
  s: Scope,
): void {
  const f = e.func;
  if (f.kind !== "MemberExpression" || f.object.kind !== "VariableName") return;
  const at = adders[f.name];
  if (at !== undefined) {
    addElementWrite(an, s, f.object.name, e.args[at]?.value ?? null);
  } else if (bulkAdders.has(f.name)) {
    addElementWrite(an, s, f.object.name, null);
  }
}

/** Records `self.x = …` / `self.x += …` for attribute types; other objects' `.x = …` spoil `x`. */
function recordAttrWrites(an: Analysis, st: Stmt, s: Scope): void {
  const targets: { t: Expr; value: Expr; op: string | null }[] = [];
  if (st.kind === "AssignStatement" && st.value) {
    for (const t of st.targets) targets.push({ t, value: st.value, op: null });
  } else if (st.kind === "UpdateStatement") {
    targets.push({ t: st.target, value: st.value, op: st.op });
  }
  for (const { t, value, op } of targets) {
    if (t.kind === "SubscriptExpression" && t.object.kind === "VariableName") {
      addElementWrite(an, s, t.object.name, op ? null : value);
    }
    if (t.kind !== "MemberExpression") continue;
    const cls = t.object.kind === "VariableName" ? selfClass(an, s, t.object.name) : null;
    if (!cls) {
      an.foreignWrites.add(t.name);
      continue;
    }
    const writes = an.attrWrites.get(cls) ?? new Map();
    const list = writes.get(t.name) ?? [];
    list.push({ value, op, scope: s });
    writes.set(t.name, list);
    an.attrWrites.set(cls, writes);
  }
}

/** The class whose method binds `name` as its `self`, as seen from `s`. */
export function selfClass(an: Analysis, s: Scope, name: string): ClassDefinition | null {
  const owner = an.resolve(s, name);
  if (owner?.kind !== "function" || owner.parent?.kind !== "class") return null;
  const def = owner.node as FunctionDefinition;
  const isStatic = def.decorators.some(
    (d) => d.kind === "VariableName" && d.name === "staticmethod",
  );
  if (isStatic || def.params[0]?.name !== name) return null;
  return owner.parent.node as ClassDefinition;
}

function isDunder(name: string): boolean {
  return name.startsWith("__") && name.endsWith("__");
}

/** A method only ever called as `self.m(…)`: no other `.m` appears anywhere in the program. */
function privateMethod(an: Analysis, method: Scope, def: FunctionDefinition): boolean {
  void method;
  return !an.foreignAttrs.has(def.name);
}

/** If `obj` is the `self` of a method of class C and C defines method `name`: that method. */
function selfMethod(an: Analysis, s: Scope, obj: string, name: string): FunctionDefinition | null {
  const owner = an.resolve(s, obj);
  if (owner?.kind !== "function" || owner.parent?.kind !== "class") return null;
  const def = owner.node as FunctionDefinition;
  if (def.params[0]?.name !== obj) return null;
  const cls = owner.parent.node as ClassDefinition;
  return (
    cls.body.find(
      (st): st is FunctionDefinition => st.kind === "FunctionDefinition" && st.name === name,
    ) ?? null
  );
}

/** The expressions a statement evaluates in its own scope (not its nested bodies). */
export function stmtExprs(st: Stmt): Expr[] {
  switch (st.kind) {
    case "ExpressionStatement":
      return [st.value];
    case "AssignStatement":
      return [...(st.value ? [st.value] : []), ...st.targets];
    case "UpdateStatement":
      return [st.target, st.value];
    case "DeleteStatement":
      return st.targets;
    case "ReturnStatement":
      return st.value ? [st.value] : [];
    case "RaiseStatement":
      return [st.exc, st.cause].filter((x): x is Expr => x !== null);
    case "AssertStatement":
      return [st.test, ...(st.msg ? [st.msg] : [])];
    case "IfStatement":
      return st.branches.map((b) => b.test);
    case "WhileStatement":
      return [st.test];
    case "ForStatement":
      return [st.iter, st.target];
    case "TryStatement":
      return st.handlers.flatMap((h) => (h.type ? [h.type] : []));
    case "WithStatement":
      return st.items.flatMap((i) => [i.context, ...(i.target ? [i.target] : [])]);
    case "FunctionDefinition":
      return [...st.decorators, ...st.params.flatMap((p) => (p.default ? [p.default] : []))];
    case "ClassDefinition":
      return [...st.decorators, ...st.bases];
    default:
      return [];
  }
}
