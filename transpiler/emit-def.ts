// `def` → JavaScript functions (contract §1): `async_def`/`async_gen` wrappers, rest-parameter
// signatures for `*args`/`**kwargs`, decorators, docstrings as JSDoc, hoisted locals.
import type { Expr, FunctionDefinition, Param, Stmt } from "./ast.js";
import { signatureMode } from "./callargs.js";
import { arg, expr, needsFloatBox } from "./emit-expr.js";
import { block, tsType } from "./emit-stmt.js";
import type { Emitter, FnContext } from "./emitter.js";
import { Level, wrap } from "./precedence.js";
import type { Scope } from "./scope.js";
import type { PyType } from "./types.js";
import { mentions } from "./visit.js";

/** The docstring of a body, if its first statement is a string literal. */
export function docstring(body: Stmt[]): string | null {
  const first = body[0];
  if (first?.kind === "ExpressionStatement" && first.value.kind === "String")
    return first.value.value;
  return null;
}

/** Prints a docstring as a JSDoc comment. */
export function jsdoc(em: Emitter, doc: string | null, origin: number): void {
  if (doc === null) return;
  const lines = doc.trim().split("\n");
  const common = Math.min(
    ...lines
      .slice(1)
      .filter((l) => l.trim())
      .map((l) => /^ */.exec(l)![0].length),
  );
  const text = lines.map((l, i) =>
    (i === 0 ? l : l.slice(Number.isFinite(common) ? common : 0)).replace(/\*\//g, "*\\/"),
  );
  if (text.length === 1) {
    em.out.line(`/** ${text[0]} */`, origin);
    return;
  }
  em.out.line("/**", origin);
  for (const l of text) em.out.line(l ? ` * ${l}` : " *");
  em.out.line(" */");
}

/** What a function becomes in JS. */
function functionKind(
  em: Emitter,
  def: FunctionDefinition,
): { wrapper: string | null; keyword: string } {
  const scope = em.an.scopes.get(def)!;
  if (def.isAsync && scope.hasYield)
    return { wrapper: em.rt("async_gen"), keyword: "async function*" };
  if (def.isAsync) return { wrapper: em.rt("async_def"), keyword: "async function" };
  if (scope.hasYield) return { wrapper: null, keyword: "function*" };
  if (scope.runsLoop) return { wrapper: null, keyword: "async function" };
  return { wrapper: null, keyword: "function" };
}

/** The JS parameter list of a def (evaluated in the enclosing scope). */
export function paramList(em: Emitter, params: Param[], fnScope: Scope): string {
  const mode = signatureMode(params);
  const out: string[] = [];
  for (const p of params) {
    if (p.type === "doublestar" || (mode === "rest" && p.type === "kwonly")) continue;
    const name = em.names.js(p.name);
    if (p.type === "star") {
      out.push(`...${restName(em, params, fnScope)}`);
      continue;
    }
    // The annotation, else what every call site passes (a literal default speaks for itself).
    const inferred = p.default ? undefined : inferredTypes[em.an.paramTypes.get(p) ?? "unknown"];
    const t = tsType(p.annotation) ?? inferred;
    const typed = t ? `${name}: ${t}` : name;
    out.push(p.default ? `${typed} = ${defaultValue(em, p)}` : typed);
  }
  if (mode === "rest" && !params.some((p) => p.type === "star")) {
    out.push(`...${restName(em, params, fnScope)}`);
  }
  return out.join(", ");
}

/** A parameter's default: the hoisted constant, or the value (an integral float literal boxed,
 * so that `balance=0.0` keeps printing as a float wherever the value travels). */
function defaultValue(em: Emitter, p: Param): string {
  const hoisted = em.hoistedDefaults.get(p);
  if (hoisted) return hoisted;
  const value = p.default!;
  return needsFloatBox(em, value) ? `${em.rt("asFloat")}(${arg(em, value)})` : arg(em, value);
}

/** Defaults Python evaluates once, when the `def` runs: a list, dict or set (shared by every
 * call, mutations included) or a call. */
function evaluatedOnce(e: Expr): boolean {
  return (
    e.kind === "ArrayExpression" ||
    e.kind === "DictionaryExpression" ||
    e.kind === "SetExpression" ||
    e.kind === "ArrayComprehensionExpression" ||
    e.kind === "DictionaryComprehensionExpression" ||
    e.kind === "SetComprehensionExpression" ||
    e.kind === "CallExpression"
  );
}

/** Emits `const accDefault = [];` before a def for each default Python evaluates once (JS would
 * evaluate it at every call), and makes the parameter default to that constant. */
export function hoistDefaults(em: Emitter, def: FunctionDefinition, origin: number): void {
  // `def f(i=i)`: in JS the default would see the parameter itself (not yet initialized).
  const paramNames = new Set(def.params.map((p) => p.name));
  for (const p of def.params) {
    if (!p.default || !(evaluatedOnce(p.default) || mentions(p.default, paramNames))) continue;
    const name = em.names.claimFreeName(`${p.name}Default`);
    em.out.line(`const ${name} = ${wrap(expr(em, p.default), Level.Assign - 1)};`, origin);
    em.hoistedDefaults.set(p, name);
  }
}

/** TS types for inferred parameter types. */
const inferredTypes: Partial<Record<PyType, string>> = {
  int: "number",
  float: "number",
  num: "number",
  str: "string",
  bool: "boolean",
};

const restNames = new WeakMap<Scope, string>();

function restName(em: Emitter, params: Param[], fnScope: Scope): string {
  const star = params.find((p) => p.type === "star");
  const splits = params.some((p) => p.type === "kwonly" || p.type === "doublestar");
  if (star && !splits) return em.names.js(star.name);
  let name = restNames.get(fnScope);
  if (!name) {
    name = em.names.claimFreeName("rest");
    restNames.set(fnScope, name);
  }
  return name;
}

/** Turns the rest parameter into Python's `*args` tuple, keyword-only params and `**kwargs`
 * dict: a trailing plain object carries the keyword arguments (contract §1, `splitKwargs`). */
function kwargsPrologue(em: Emitter, params: Param[], fnScope: Scope): void {
  if (signatureMode(params) !== "rest") return;
  const kwonly = params.filter((p) => p.type === "kwonly");
  const kw = params.find((p) => p.type === "doublestar");
  const star = params.find((p) => p.type === "star");
  const rest = restName(em, params, fnScope);
  if (!kwonly.length && !kw) {
    if (star) em.out.line(`${rest} = ${em.rt("tuple")}(${rest});`);
    return;
  }
  const parts = kwonly.map((p) => {
    const name = em.names.js(p.name);
    return p.default ? `${name} = ${em.inScope(fnScope.parent!, () => defaultValue(em, p))}` : name;
  });
  const named = kw ? em.names.claimFreeName("named") : "";
  if (kw) parts.push(`...${named}`);
  const positional = star ? em.names.claimFreeName("positional") : "";
  const pattern = `[${positional}, { ${parts.join(", ")} }]`;
  em.out.line(`const ${pattern}: [unknown[], any] = ${em.rt("splitKwargs")}(${rest});`);
  if (star) em.out.line(`const ${em.names.js(star.name)} = ${em.rt("tuple")}(${positional});`);
  if (kw) em.out.line(`const ${em.names.js(kw.name)} = ${em.rt("dict")}(${named});`);
}

/** Emits a function body in its own scope and JS function context. */
export function functionBody(
  em: Emitter,
  def: FunctionDefinition,
  thisName: string | null,
  isConstructor: boolean,
  before?: () => void,
  stmts: Stmt[] = def.body,
): void {
  const scope = em.an.scopes.get(def)!;
  const saved = em.fn;
  const kind = functionKind(em, def);
  em.fn = {
    scope,
    thisName,
    hoisted: [],
    placeholder: em.out.placeholder(),
    declared: new Set(),
    isAsync: kind.keyword.startsWith("async"),
    isConstructor,
  };
  em.inScope(scope, () => {
    before?.();
    kwargsPrologue(em, def.params, scope);
    if (thisName && needsSelfAlias(em, scope))
      em.out.line(`const ${em.names.js(thisName)} = this;`);
    const doc = docstring(stmts);
    block(em, doc === null ? stmts : stmts.slice(1));
  });
  fillHoisted(em, em.fn);
  em.fn = saved;
}

/** Declares hoisted locals and temporaries on the function's placeholder line. */
export function fillHoisted(em: Emitter, fn: FnContext): void {
  const names: string[] = [];
  const unbound = em.an.maybeUnbound.get(fn.scope);
  for (const [name, kind] of fn.scope.decl) {
    if (kind !== "hoist" || fn.scope.params.has(name)) continue;
    // A name a read may find unbound starts out holding the marker (see unbound.ts).
    names.push(
      unbound?.has(name) ? `${em.names.js(name)} = ${em.py("unbound")}` : em.names.js(name),
    );
  }
  names.push(...fn.hoisted);
  if (names.length) em.out.fill(fn.placeholder, `let ${names.join(", ")};`);
}

function needsSelfAlias(em: Emitter, method: Scope): boolean {
  for (const s of em.an.scopes.values()) {
    if (!s.usesOuterSelf) continue;
    for (let p = s.parent; p; p = p.parent) if (p === method) return true;
  }
  return false;
}

/** `d1(d2(` … `))` around a function for its decorators, outermost first. */
export function applyDecorators(em: Emitter, decorators: Expr[]): { open: string; close: string } {
  let open = "";
  let close = "";
  for (const d of decorators) {
    open += `${wrap(expr(em, d), Level.Call)}(`;
    close += ")";
  }
  return { open, close };
}

/** Emits a module-level or nested `def`. */
export function emitFunction(em: Emitter, def: FunctionDefinition): void {
  hoistDefaults(em, def, def.from);
  jsdoc(em, docstring(def.body), def.from);
  const kind = functionKind(em, def);
  const scope = em.an.scopes.get(def)!;
  const name = em.names.js(def.name);
  const ps = paramList(em, def.params, scope);
  const hoisted =
    em.scope.decl.get(def.name) !== "definition" || em.an.resolve(em.scope, def.name) !== em.scope;
  const deco = applyDecorators(em, def.decorators);
  const ret = returnAnnotation(em, def);
  const fnText = `${kind.keyword} ${name}(${ps})${ret}`;
  if (!kind.wrapper && !deco.open && !hoisted) {
    em.out.open(fnText, def.from);
    functionBody(em, def, null, false);
    em.out.close();
    return;
  }
  const lhs = hoisted ? em.nameRef(def.name) : `const ${name}`;
  if (kind.wrapper && refersToItself(em, def, scope)) {
    // Inside `async function f`, `f` would be the raw function: a method shorthand binds no name.
    const star = kind.keyword.endsWith("*") ? "*" : "";
    em.out.openRaw(`${lhs} = ${deco.open}${kind.wrapper}({`, def.from);
    em.out.open(`async ${star}${name}(${ps})${ret}`, def.from);
    functionBody(em, def, null, false);
    em.out.close();
    em.out.close(`)${deco.close};`);
    return;
  }
  if (deco.open && refersToItself(em, def, scope)) {
    // Inside `function f`, `f` would be the undecorated function (a recursive `@lru_cache`
    // function would bypass its cache): a method shorthand binds no name.
    const prefix =
      kind.keyword === "function*" ? "*" : kind.keyword === "async function" ? "async " : "";
    em.out.openRaw(`${lhs} = ${deco.open}{`, def.from);
    em.out.open(`${prefix}${name}(${ps})${ret}`, def.from);
    functionBody(em, def, null, false);
    em.out.close();
    em.out.close(`.${name}${deco.close};`);
    return;
  }
  const wrapperOpen = kind.wrapper ? `${kind.wrapper}(` : "";
  const wrapperClose = kind.wrapper ? ")" : "";
  em.out.open(`${lhs} = ${deco.open}${wrapperOpen}${fnText}`, def.from);
  functionBody(em, def, null, false);
  em.out.close(`${wrapperClose}${deco.close};`);
}

/** `: T` from a `-> T` annotation, for functions that are not generators. */
function returnAnnotation(em: Emitter, def: FunctionDefinition): string {
  const scope = em.an.scopes.get(def)!;
  if (!def.returns || scope.hasYield) return "";
  const none = def.returns.kind === "Constant" && def.returns.value === null;
  const t = none ? "void" : tsType(def.returns);
  if (!t) return "";
  return def.isAsync || scope.runsLoop ? `: Promise<${t}>` : `: ${t}`;
}

/** Whether the body of `def` (nested functions included) reads the name `def` is bound to. */
function refersToItself(em: Emitter, def: FunctionDefinition, fnScope: Scope): boolean {
  const owner = em.scope;
  const visit = (s: Scope): boolean => {
    if (s.refs.has(def.name) && em.an.resolve(s, def.name) === owner) return true;
    return s.children.some(visit);
  };
  return visit(fnScope);
}
