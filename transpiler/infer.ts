// Static types (types.ts lattice) of locals, parameters, attributes, list elements and function
// results, iterated to a fixpoint over assignments, returns and visible call sites.
import type { ClassDefinition, Comprehension, Expr, FunctionDefinition, Stmt } from "./ast.js";
import { mapCall } from "./callargs.js";
import type { Analysis } from "./check.js";
import { childBodies, collectCalls, selfClass } from "./infer-calls.js";
import type { Scope } from "./scope.js";
import {
  builtinResults,
  floatConstants,
  floatFunctions,
  intFunctions,
  isNumeric,
  join,
  type PyType,
  strFunctions,
} from "./types.js";

const strMethods = new Set([
  "upper",
  "lower",
  "strip",
  "lstrip",
  "rstrip",
  "title",
  "capitalize",
  "replace",
  "format",
  "center",
  "ljust",
  "rjust",
  "zfill",
]);

/** What awaiting these asyncio functions gives. */
const asyncioResults: Record<string, PyType> = { gather: "list", wait: "tuple" };

/** The static type of `e` as seen from `scope`. */
export function typeOf(an: Analysis, scope: Scope, e: Expr): PyType {
  switch (e.kind) {
    case "Number":
      return e.isFloat ? "float" : "int";
    case "String":
    case "FormatString":
      return "str";
    case "Constant":
      return e.value === null ? "none" : e.value === "..." ? "unknown" : "bool";
    case "VariableName": {
      const owner = an.resolve(scope, e.name);
      if (!owner) return "unknown";
      if (owner.params.has(e.name) && owner.kind === "function") {
        const p = (owner.node as FunctionDefinition).params.find((x) => x.name === e.name);
        return (p && an.paramTypes.get(p)) ?? (an.inferring ? "never" : "unknown");
      }
      return owner.types.get(e.name) ?? (an.inferring ? "never" : "unknown");
    }
    case "BinaryExpression":
      return binaryType(e.op, typeOf(an, scope, e.left), typeOf(an, scope, e.right), e.right);
    case "BoolOp":
      return join(typeOf(an, scope, e.left), typeOf(an, scope, e.right));
    case "Compare":
      return "bool";
    case "UnaryExpression": {
      if (e.op === "not") return "bool";
      const t = typeOf(an, scope, e.operand);
      if (e.op === "~") return t === "int" || t === "bool" ? "int" : t === "never" ? t : "unknown";
      return t === "bool" ? "int" : isNumeric(t) ? t : "unknown";
    }
    case "AwaitExpression": {
      const awaited = e.value.kind === "CallExpression" ? e.value.func : null;
      if (awaited?.kind === "MemberExpression" && awaited.object.kind === "VariableName") {
        const mod = awaited.object.name;
        if (an.isModule(scope, mod, "asyncio")) return asyncioResults[awaited.name] ?? "unknown";
      }
      if (e.value.kind === "CallExpression" && e.value.func.kind === "VariableName") {
        const def = an.functionOf(scope, e.value.func.name);
        if (def?.isAsync) return an.returnTypes.get(def) ?? (an.inferring ? "never" : "unknown");
      }
      return "unknown";
    }
    case "CallExpression":
      return callType(an, scope, e);
    case "ConditionalExpression":
      return join(typeOf(an, scope, e.body), typeOf(an, scope, e.orelse));
    case "ArrayExpression":
    case "ArrayComprehensionExpression":
      return "list";
    case "TupleExpression":
      return "tuple";
    case "DictionaryExpression":
    case "DictionaryComprehensionExpression":
      return "dict";
    case "SetExpression":
    case "SetComprehensionExpression":
      return "set";
    case "SubscriptExpression": {
      const t = typeOf(an, scope, e.object);
      if (t === "str") return "str";
      if ((t === "list" || t === "tuple") && e.index.kind !== "SliceExpression") {
        return elementType(an, scope, e.object);
      }
      return "unknown";
    }
    case "MemberExpression": {
      if (e.name === "__name__" || e.name === "__qualname__") return "str";
      if (e.object.kind !== "VariableName") return "unknown";
      if (floatConstants.has(`${e.object.name}.${e.name}`)) {
        return an.isModule(scope, e.object.name, "math") ? "float" : "unknown";
      }
      const cls = selfClass(an, scope, e.object.name) ?? an.instanceOf(scope, e.object.name);
      return cls ? attrType(an, cls, e.name) : "unknown";
    }
    case "NamedExpression":
      return typeOf(an, scope, e.value);
    default:
      return "unknown";
  }
}

function binaryType(op: string, l: PyType, r: PyType, right: Expr): PyType {
  if (l === "never" || r === "never") return "never";
  // `/` on numbers is always a float; only exotic `__truediv__` classes say otherwise.
  if (op === "/")
    return (isNumeric(l) || l === "unknown") && (isNumeric(r) || r === "unknown")
      ? "float"
      : "unknown";
  if (["&", "|", "^", "<<", ">>"].includes(op)) {
    if (l === "bool" && r === "bool" && op !== "<<" && op !== ">>") return "bool";
    if ((l === "int" || l === "bool") && (r === "int" || r === "bool")) return "int";
    if (l === "set" && r === "set" && op !== "<<" && op !== ">>") return "set";
    if (l === "dict" && r === "dict" && op === "|") return "dict";
    return "unknown";
  }
  if (op === "-" && l === "set" && r === "set") return "set";
  // A float combined with anything arithmetic is a float (or a TypeError in Python).
  if ((l === "float" || r === "float") && ["+", "-", "*", "//", "%", "**"].includes(op)) {
    if (
      l !== "str" &&
      r !== "str" &&
      l !== "list" &&
      r !== "list" &&
      l !== "tuple" &&
      r !== "tuple"
    ) {
      return "float";
    }
  }
  if (isNumeric(l) && isNumeric(r)) {
    if (op === "**") {
      const negative = right.kind === "UnaryExpression" && right.op === "-";
      if (negative) return "float";
    }
    if (l === "float" || r === "float") return "float";
    if ((l === "int" || l === "bool") && (r === "int" || r === "bool")) return "int";
    return "num";
  }
  if (l === "str" && (op === "+" || op === "%" || (op === "*" && isNumeric(r)))) return "str";
  if (l === "list" && (op === "+" || op === "*")) return "list";
  if (l === "tuple" && (op === "+" || op === "*")) return "tuple";
  return "unknown";
}

function callType(
  an: Analysis,
  scope: Scope,
  e: Extract<Expr, { kind: "CallExpression" }>,
): PyType {
  const f = e.func;
  const positional = e.args.filter((a) => a.type === "positional").map((a) => a.value);
  if (f.kind === "VariableName") {
    const owner = an.resolve(scope, f.name);
    if (owner) {
      const def = an.functionOf(scope, f.name);
      if (def && !def.isAsync && !an.scopes.get(def)?.hasYield) {
        return an.returnTypes.get(def) ?? (an.inferring ? "never" : "unknown");
      }
      const imp = an.importedFrom(scope, f.name);
      if (imp) return moduleFunctionType(`${imp.module}.${imp.name}`);
      return "unknown";
    }
    if (f.name === "round") {
      if (positional.length < 2) return "int";
      const t = typeOf(an, scope, positional[0]);
      return t === "float" ? "float" : t === "int" ? "int" : "num";
    }
    if (f.name === "abs") {
      const t = positional[0] ? typeOf(an, scope, positional[0]) : "unknown";
      return t === "bool" ? "int" : t;
    }
    if ((f.name === "min" || f.name === "max") && positional.length > 1) {
      return positional.map((a) => typeOf(an, scope, a)).reduce((a, b) => join(a, b));
    }
    if (f.name === "sum" && positional.length >= 1) return sumType(an, scope, positional);
    if ((f.name === "min" || f.name === "max") && positional.length === 1) {
      const t = elementType(an, scope, positional[0]);
      return t === "never" && !an.inferring ? "unknown" : t;
    }
    return builtinResults[f.name] ?? "unknown";
  }
  if (f.kind === "MemberExpression") {
    if (f.object.kind === "VariableName" && an.resolve(scope, f.object.name)) {
      const owner = an.resolve(scope, f.object.name)!;
      const b = owner.bindings.get(f.object.name);
      const imp = b?.length === 1 ? b[0].stmt : null;
      if (imp?.kind === "ImportStatement" && imp.module === null) {
        const m = imp.names.find(
          (x) => (x.asName ?? x.name) === (f.object as { name: string }).name,
        );
        if (m) return moduleFunctionType(`${m.name}.${f.name}`);
      }
    }
    const method =
      f.object.kind === "VariableName" ? methodOf(an, scope, f.object.name, f.name) : null;
    if (method) return an.returnTypes.get(method) ?? (an.inferring ? "never" : "unknown");
    if (f.name === "time" && positional.length === 0) return "float";
    // Methods whose result is a str whatever the receiver (str.join, date/datetime formatting).
    if (["join", "strftime", "isoformat"].includes(f.name)) return "str";
    if (strMethods.has(f.name) && typeOf(an, scope, f.object) === "str") return "str";
  }
  return "unknown";
}

/**
 * The plain method `obj.name(…)` runs, for an `obj` of a known class (or `self`), when no other
 * class of the module defines a method of that name (a subclass's override could return another
 * type) and it is not async, a generator or decorated.
 */
function methodOf(
  an: Analysis,
  scope: Scope,
  obj: string,
  name: string,
): FunctionDefinition | null {
  const cls = selfClass(an, scope, obj) ?? an.instanceOf(scope, obj);
  if (!cls) return null;
  let found: FunctionDefinition | null = null;
  for (const s of an.scopes.values()) {
    if (s.kind !== "class") continue;
    for (const st of (s.node as ClassDefinition).body) {
      if (st.kind !== "FunctionDefinition" || st.name !== name) continue;
      if (found !== null || s.node !== cls) return null;
      found = st;
    }
  }
  if (!found || found.isAsync || found.decorators.length || an.scopes.get(found)?.hasYield)
    return null;
  return found;
}

/** `sum(xs[, start])`: a float when the elements or the start are floats (the runtime keeps the
 * float-ness of a box too), an int when they are all ints. */
function sumType(an: Analysis, scope: Scope, positional: Expr[]): PyType {
  const elem = elementType(an, scope, positional[0]);
  const start = positional[1] ? typeOf(an, scope, positional[1]) : "int";
  if (elem === "never" && an.inferring) return "never";
  const t = elem === "never" ? start : elem === "bool" ? "int" : elem;
  if (t === "float" || start === "float") return "float";
  if (t === "int" && (start === "int" || start === "bool")) return "int";
  return isNumeric(t) && isNumeric(start) ? "num" : "unknown";
}

function moduleFunctionType(qualified: string): PyType {
  if (strFunctions.has(qualified)) return "str";
  if (floatFunctions.has(qualified)) return "float";
  if (intFunctions.has(qualified)) return "int";
  return "unknown";
}

/** Fills `types` of every scope, `returnTypes` and `paramTypes` (a few rounds to a fixpoint). */
export function inferTypes(an: Analysis): void {
  an.inferring = true;
  collectCalls(an);
  // Types only ever rise (never → a type → num → unknown), so this reaches a fixpoint; the round
  // limit is a guard, after which everything still moving is made unknown below.
  let before = "";
  let settled = false;
  for (let round = 0; round < 30 && !settled; round++) {
    for (const s of an.scopes.values()) scopeTypes(an, s);
    attrTypes(an);
    for (const s of an.scopes.values()) {
      if (s.kind === "function") returnType(an, s);
    }
    paramTypes(an);
    const after = snapshot(an);
    settled = after === before;
    before = after;
  }
  if (!settled) giveUp(an);
  // Whatever is still unresolved (only self-referential bindings) is unknown.
  for (const s of an.scopes.values()) {
    for (const [name, t] of s.types) if (t === "never") s.types.set(name, "unknown");
  }
  for (const [k, t] of an.returnTypes) if (t === "never") an.returnTypes.set(k, "unknown");
  for (const [k, t] of an.paramTypes) if (t === "never") an.paramTypes.set(k, "unknown");
  for (const types of [...an.attrTypes.values(), ...an.elemTypes.values()]) {
    for (const [k, t] of types) if (t === "never") types.set(k, "unknown");
  }
  an.inferring = false;
}

/** The whole inferred state as text, to detect the fixpoint. */
function snapshot(an: Analysis): string {
  const parts: string[] = [];
  for (const s of an.scopes.values()) parts.push([...s.types.values()].join(","));
  parts.push([...an.returnTypes.values()].join(","), [...an.paramTypes.values()].join(","));
  for (const t of an.attrTypes.values()) parts.push([...t.values()].join(","));
  for (const t of an.elemTypes.values()) parts.push([...t.values()].join(","));
  return parts.join("|");
}

/** No fixpoint within the round limit: claim nothing. */
function giveUp(an: Analysis): void {
  for (const s of an.scopes.values()) for (const k of s.types.keys()) s.types.set(k, "unknown");
  for (const k of an.returnTypes.keys()) an.returnTypes.set(k, "unknown");
  for (const k of an.paramTypes.keys()) an.paramTypes.set(k, "unknown");
  for (const t of [...an.attrTypes.values(), ...an.elemTypes.values()]) {
    for (const k of t.keys()) t.set(k, "unknown");
  }
}

function scopeTypes(an: Analysis, s: Scope): void {
  if (s.kind === "comprehension") {
    comprehensionTypes(an, s);
    return;
  }
  elementTypes(an, s);
  for (const [name, bindings] of s.bindings) {
    if (s.params.has(name)) continue;
    let t: PyType | undefined;
    for (const b of bindings) {
      t = join(t, bindingType(an, s, name, b.kind, b.stmt));
      if (t === "unknown") break;
    }
    s.types.set(name, t ?? "unknown");
  }
}

/** Comprehension targets: the element type of what they iterate (a name target only). */
function comprehensionTypes(an: Analysis, s: Scope): void {
  const node = s.node as Comprehension;
  for (const name of s.bindings.keys()) s.types.set(name, "unknown");
  node.generators.forEach((g, i) => {
    if (g.isAsync || g.target.kind !== "VariableName") return;
    s.types.set(g.target.name, elementType(an, i === 0 ? s.parent! : s, g.iter));
  });
}

function bindingType(
  an: Analysis,
  s: Scope,
  name: string,
  kind: string,
  stmt: Stmt | null,
): PyType {
  if (!stmt) return "unknown";
  if (kind === "assign" && stmt.kind === "AssignStatement" && stmt.value) {
    for (const t of stmt.targets) {
      if (t.kind === "VariableName" && t.name === name) return typeOf(an, s, stmt.value);
      if (t.kind === "TupleExpression" && stmt.value.kind === "TupleExpression") {
        const at = t.elts.findIndex((x) => x.kind === "VariableName" && x.name === name);
        if (at >= 0 && stmt.value.elts.length === t.elts.length) {
          return typeOf(an, s, stmt.value.elts[at]);
        }
      }
    }
    return "unknown";
  }
  if (stmt.kind === "UpdateStatement") {
    return binaryType(stmt.op, s.types.get(name) ?? "never", typeOf(an, s, stmt.value), stmt.value);
  }
  if (kind === "for" && stmt.kind === "ForStatement" && !stmt.isAsync) {
    if (stmt.target.kind === "VariableName") return elementType(an, s, stmt.iter);
    return unpackedType(an, s, name, stmt.target, stmt.iter);
  }
  return "unknown";
}

/** `for a, b in [(1, 2.0), …]`: the type of `name` across the displayed tuples. */
function unpackedType(an: Analysis, s: Scope, name: string, target: Expr, iter: Expr): PyType {
  if (target.kind !== "TupleExpression" || iter.kind !== "ArrayExpression") return "unknown";
  const at = target.elts.findIndex((x) => x.kind === "VariableName" && x.name === name);
  let t: PyType | undefined;
  for (const item of iter.elts) {
    if (item.kind !== "TupleExpression" || item.elts.length !== target.elts.length)
      return "unknown";
    t = join(t, typeOf(an, s, item.elts[at]));
  }
  return t ?? "unknown";
}

/** The type of the elements iterating `e` gives (lists, tuples, sets, ranges, comprehensions,
 * and locals holding them). */
export function elementType(an: Analysis, s: Scope, e: Expr): PyType {
  switch (e.kind) {
    case "ArrayExpression":
    case "TupleExpression":
    case "SetExpression": {
      let t: PyType = "never";
      for (const x of e.elts)
        t = join(t, x.kind === "StarredExpression" ? "unknown" : typeOf(an, s, x));
      return t;
    }
    case "ArrayComprehensionExpression":
    case "SetComprehensionExpression":
    case "ComprehensionExpression": {
      const inner = an.scopes.get(e);
      return inner ? typeOf(an, inner, e.elt) : "unknown";
    }
    case "VariableName": {
      const owner = an.resolve(s, e.name);
      const t = owner?.types.get(e.name);
      if (!owner || (t !== "list" && t !== "tuple" && t !== "set" && t !== "never"))
        return "unknown";
      if (an.escapedLocals.get(owner)?.has(e.name)) return "unknown";
      return an.elemTypes.get(owner)?.get(e.name) ?? (an.inferring ? "never" : "unknown");
    }
    case "CallExpression": {
      const f = e.func;
      if (f.kind !== "VariableName" || an.resolve(s, f.name)) return "unknown";
      if (f.name === "range") return "int";
      const first = e.args[0];
      if (
        ["sorted", "list", "tuple", "reversed", "set"].includes(f.name) &&
        first?.type === "positional"
      ) {
        return elementType(an, s, first.value);
      }
      return "unknown";
    }
    default:
      return "unknown";
  }
}

/** Element types of a scope's list/tuple/set locals: what they were built from and added. */
function elementTypes(an: Analysis, s: Scope): void {
  const types = an.elemTypes.get(s) ?? new Map<string, PyType>();
  for (const [name, bindings] of s.bindings) {
    if (s.params.has(name)) continue;
    let t: PyType | undefined;
    for (const b of bindings) {
      const st = b.stmt;
      const simple =
        b.kind === "assign" &&
        st?.kind === "AssignStatement" &&
        st.value &&
        st.targets.some((x) => x.kind === "VariableName" && x.name === name);
      t = join(t, simple ? elementType(an, s, st.value!) : "unknown");
    }
    for (const w of an.elemWrites.get(s)?.get(name) ?? []) {
      t = join(t, w.value ? typeOf(an, w.scope, w.value) : "unknown");
    }
    types.set(name, t ?? "unknown");
  }
  an.elemTypes.set(s, types);
}

function returnType(an: Analysis, s: Scope): void {
  const def = s.node as FunctionDefinition;
  if (s.hasYield) {
    an.returnTypes.set(def, "unknown");
    return;
  }
  let t: PyType | undefined;
  let fallsOff = true;
  const visit = (list: Stmt[]) => {
    for (const st of list) {
      if (st.kind === "ReturnStatement") {
        t = join(t, st.value ? typeOf(an, s, st.value) : "none");
      }
      for (const sub of childBodies(st)) visit(sub);
    }
  };
  visit(def.body);
  const last = def.body[def.body.length - 1];
  if (last?.kind === "ReturnStatement" || last?.kind === "RaiseStatement") fallsOff = false;
  if (fallsOff) t = join(t, "none");
  an.returnTypes.set(def, t ?? "none");
}

/** The type of `self.name` in class `cls` (its bases included). */
function attrType(an: Analysis, cls: ClassDefinition, name: string): PyType {
  for (let c: ClassDefinition | null = cls, depth = 0; c && depth < 10; depth++) {
    const t = an.attrTypes.get(c)?.get(name);
    if (t) return an.foreignWrites.has(name) ? "unknown" : t;
    if (an.attrWrites.get(c)?.has(name)) return an.inferring ? "never" : "unknown";
    const base: Expr | undefined = c.bases[0];
    const scope: Scope | null | undefined = an.scopes.get(c)?.parent;
    c = base?.kind === "VariableName" && scope ? an.classOf(scope, base.name) : null;
  }
  return "unknown";
}

function attrTypes(an: Analysis): void {
  for (const [cls, writes] of an.attrWrites) {
    const types = an.attrTypes.get(cls) ?? new Map<string, PyType>();
    for (const [name, list] of writes) {
      let t: PyType | undefined;
      for (const w of list) {
        const v = typeOf(an, w.scope, w.value);
        t = join(t, w.op ? binaryType(w.op, types.get(name) ?? "never", v, w.value) : v);
      }
      types.set(name, t ?? "unknown");
    }
    an.attrTypes.set(cls, types);
  }
}

function paramTypes(an: Analysis): void {
  for (const [def, calls] of an.callsTo) {
    const fnScope = an.scopes.get(def)!;
    let outer = fnScope.parent!;
    const escaped = an.escaped.has(def);
    const isMethod = outer.kind === "class";
    const isStatic = def.decorators.some(
      (d) => d.kind === "VariableName" && d.name === "staticmethod",
    );
    const params = isMethod && !isStatic ? def.params.slice(1) : def.params;
    if (isMethod) outer = outer.parent!;
    for (const p of params) {
      if (p.type === "star" || p.type === "doublestar") {
        an.paramTypes.set(p, p.type === "star" ? "tuple" : "dict");
        continue;
      }
      if (escaped) {
        an.paramTypes.set(p, fromAnnotation("unknown", p.annotation));
        continue;
      }
      let t: PyType | undefined = p.default ? typeOf(an, outer, p.default) : undefined;
      for (const c of calls) {
        if (c.kind !== "CallExpression") continue;
        const mapped = mapCall(params, c.args);
        if (!mapped) {
          t = "unknown";
          break;
        }
        const slot = params.filter((x) => x.type !== "star" && x.type !== "doublestar").indexOf(p);
        const keyword = mapped.keywords.find((k) => k.name === p.name) ?? null;
        const arg = p.type === "kwonly" ? keyword : (mapped.positional[slot] ?? keyword);
        if (arg) t = join(t, typeOf(an, callScope(an, c) ?? outer, arg.value));
        else if (!p.default) t = "unknown";
      }
      an.paramTypes.set(p, fromAnnotation(t ?? "unknown", p.annotation));
    }
  }
}

/** An annotation narrows what call sites could not: `int`/`float` → a number (not which: Python
 * does not enforce them), `str` → str, `bool` → bool. */
function fromAnnotation(t: PyType, annotation: Expr | null): PyType {
  if (t !== "unknown" || annotation?.kind !== "VariableName") return t;
  const byName: Record<string, PyType> = { int: "num", float: "num", str: "str", bool: "bool" };
  return byName[annotation.name] ?? t;
}

/** The scope a call expression sits in (looked up by span among function scopes). */
function callScope(an: Analysis, call: Expr): Scope | null {
  let best: Scope | null = null;
  for (const s of an.scopes.values()) {
    const n = s.node;
    if (n.from <= call.from && call.to <= n.to) {
      if (!best || n.to - n.from <= best.node.to - best.node.from) best = s;
    }
  }
  return best;
}
