// `def` and `class` → JavaScript functions and classes (contract §1): `async_def`/`async_gen`
// wrappers, rest-parameter signatures for `*args`/`**kwargs`, methods, decorators, docstrings.
import type { ClassDefinition, Expr, FunctionDefinition, Param, Stmt } from "./ast.js";
import { signatureMode } from "./callargs.js";
import { arg, expr } from "./emit-expr.js";
import { block, tsType } from "./emit-stmt.js";
import type { Emitter, FnContext } from "./emitter.js";
import { Level, wrap } from "./precedence.js";
import { exceptionNames } from "./runtime-names.js";
import type { Scope } from "./scope.js";
import type { PyType } from "./types.js";

/** The docstring of a body, if its first statement is a string literal. */
function docstring(body: Stmt[]): string | null {
  const first = body[0];
  if (first?.kind === "ExpressionStatement" && first.value.kind === "String")
    return first.value.value;
  return null;
}

/** Prints a docstring as a JSDoc comment. */
function jsdoc(em: Emitter, doc: string | null, origin: number): void {
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
function paramList(em: Emitter, params: Param[], fnScope: Scope): string {
  const mode = signatureMode(params);
  const out: string[] = [];
  for (const p of params) {
    if (p.type === "doublestar" || (mode === "rest" && p.type === "kwonly")) continue;
    const name = em.names.js(p.name);
    if (p.type === "star") {
      out.push(`...${restName(em, params, fnScope)}`);
      continue;
    }
    const t = tsType(p.annotation);
    const typed = t ? `${name}: ${t}` : name;
    out.push(p.default ? `${typed} = ${arg(em, p.default)}` : typed);
  }
  if (mode === "rest" && !params.some((p) => p.type === "star")) {
    out.push(`...${restName(em, params, fnScope)}`);
  }
  return out.join(", ");
}

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
    return p.default ? `${name} = ${em.inScope(fnScope.parent!, () => arg(em, p.default!))}` : name;
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
function functionBody(
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
  for (const [name, kind] of fn.scope.decl) {
    if (kind === "hoist" && !fn.scope.params.has(name)) names.push(em.names.js(name));
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

function applyDecorators(em: Emitter, decorators: Expr[]): { open: string; close: string } {
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

function isDecorator(d: Expr, name: string): boolean {
  return d.kind === "VariableName" && d.name === name;
}

function extendsException(
  em: Emitter,
  cls: ClassDefinition,
  seen = new Set<ClassDefinition>(),
): boolean {
  const base = cls.bases[0];
  if (!base || seen.has(cls)) return false;
  seen.add(cls);
  if (base.kind === "VariableName") {
    if (!em.an.resolve(em.scope, base.name)) return exceptionNames.has(base.name);
    const parent = em.an.classOf(em.scope, base.name);
    return !!parent && extendsException(em, parent, seen);
  }
  return base.kind === "MemberExpression" && /Error$/.test(base.name);
}

/** Emits a class with its methods, then registers async methods with the runtime. */
export function emitClass(em: Emitter, cls: ClassDefinition): void {
  const scope = em.an.scopes.get(cls)!;
  jsdoc(em, docstring(cls.body), cls.from);
  if (cls.decorators.length) em.unsupported(cls.decorators[0], "class decorators");
  if (cls.keywords.length) em.unsupported(cls.keywords[0], "class keyword arguments (metaclass)");
  if (cls.bases.length > 1) em.unsupported(cls.bases[1], "multiple inheritance");
  const base = cls.bases[0];
  const isObject = base?.kind === "VariableName" && base.name === "object";
  const ext = base && !isObject ? ` extends ${wrap(expr(em, base), Level.Call)}` : "";
  const hoisted =
    em.scope.decl.get(cls.name) !== "definition" || em.an.resolve(em.scope, cls.name) !== em.scope;
  const name = em.names.js(cls.name);
  em.out.open(
    hoisted ? `${em.nameRef(cls.name)} = class ${name}${ext}` : `class ${name}${ext}`,
    cls.from,
  );
  const asyncMethods: string[] = [];
  const asyncGenMethods: string[] = [];
  const decorated: { name: string; decorators: Expr[] }[] = [];
  const doc = docstring(cls.body);
  let prev: Stmt | undefined;
  declareFields(em, cls);
  em.inScope(scope, () => {
    for (const st of doc === null ? cls.body : cls.body.slice(1)) {
      em.commentsBefore(st.from);
      em.gap(st.from);
      prev = st;
      classMember(st);
      em.printed(st.from, st.to);
    }
  });
  function classMember(st: Stmt): void {
    if (st.kind === "FunctionDefinition") {
      const kind = method(em, cls, st, !!ext, decorated);
      if (kind === "async") asyncMethods.push(st.name);
      if (kind === "asyncgen") asyncGenMethods.push(st.name);
    } else if (
      st.kind === "AssignStatement" &&
      st.value &&
      st.targets.length === 1 &&
      st.targets[0].kind === "VariableName"
    ) {
      em.out.line(
        `static ${st.targets[0].name} = ${wrap(expr(em, st.value), Level.Assign - 1)};${em.trailingComment(st.to)}`,
        st.from,
      );
    } else if (st.kind === "PassStatement" || (st.kind === "AssignStatement" && !st.value)) {
      em.trailingComment(st.to);
    } else if (st.kind === "ExpressionStatement" && st.value.kind === "String") {
      em.trailingComment(st.to);
    } else {
      em.out.line(`static {${em.unsupported(st, "this statement in a class body")}}`, st.from);
    }
  }
  const first = (doc === null ? cls.body : cls.body.slice(1))[0];
  if (prev && first) em.commentsClosing(prev.to, first.from);
  em.out.close(hoisted ? ";" : "");
  const names = (list: string[]) => list.map((n) => JSON.stringify(n)).join(", ");
  if (asyncMethods.length)
    em.out.line(`${em.rt("async_def")}.methods(${name}, ${names(asyncMethods)});`);
  if (asyncGenMethods.length)
    em.out.line(`${em.rt("async_gen")}.methods(${name}, ${names(asyncGenMethods)});`);
  const awaitable = cls.body.some(
    (st) => st.kind === "FunctionDefinition" && st.name === "__await__" && !st.isAsync,
  );
  if (awaitable) em.out.line(`${em.rt("async_def")}.awaitable(${name});`);
  for (const d of decorated) {
    // A decorated method is the decorator applied to the (already wrapped) prototype function.
    const slot = `(${name}.prototype as any).${d.name}`;
    const deco = em.inScope(scope.parent!, () => applyDecorators(em, d.decorators));
    em.out.line(`${slot} = ${deco.open}${slot}${deco.close};`);
  }
}

const tsTypes: Partial<Record<PyType, string>> = {
  int: "number",
  float: "number",
  num: "number",
  bool: "boolean",
  str: "string",
};

/** `declare x: T;` for each attribute the methods assign through `self` (types for tsc only;
 * `declare` fields emit no JavaScript). */
function declareFields(em: Emitter, cls: ClassDefinition): void {
  const writes = em.an.attrWrites.get(cls);
  if (!writes) return;
  const statics = new Set(
    cls.body.flatMap((st) =>
      st.kind === "AssignStatement" || st.kind === "FunctionDefinition"
        ? st.kind === "FunctionDefinition"
          ? [st.name]
          : st.targets.flatMap((t) => (t.kind === "VariableName" ? [t.name] : []))
        : [],
    ),
  );
  for (const name of writes.keys()) {
    if (statics.has(name)) continue;
    const t = tsTypes[em.an.attrTypes.get(cls)?.get(name) ?? "unknown"] ?? "any";
    em.out.line(`declare ${name}: ${t};`);
  }
  if (writes.size) em.out.line("");
}

/** Protocol methods JS would never call: reported rather than silently ignored. */
const unsupportedHooks = new Map([
  ["__call__", "__call__ (callable instances)"],
  ["__getattr__", "__getattr__ (dynamic attributes)"],
  ["__getattribute__", "__getattribute__"],
  ["__setattr__", "__setattr__"],
  ["__delattr__", "__delattr__"],
  ["__new__", "__new__"],
  ["constructor", "a method named 'constructor'"],
  ["then", "a method named 'then' (it would make instances awaitable in JS)"],
]);

/** Emits one method; says whether it needs `async_def.methods` / `async_gen.methods`. */
function method(
  em: Emitter,
  cls: ClassDefinition,
  def: FunctionDefinition,
  hasBase: boolean,
  decorated: { name: string; decorators: Expr[] }[],
): "async" | "asyncgen" | null {
  jsdoc(em, docstring(def.body), def.from);
  const hook = unsupportedHooks.get(def.name);
  if (hook) em.unsupported(def.nameSpan, hook);
  const scope = em.an.scopes.get(def)!;
  const isStatic = def.decorators.some((d) => isDecorator(d, "staticmethod"));
  const isClassMethod = def.decorators.some((d) => isDecorator(d, "classmethod"));
  const isProperty = def.decorators.some((d) => isDecorator(d, "property"));
  const setter = def.decorators.find((d) => d.kind === "MemberExpression" && d.name === "setter");
  const others = def.decorators.filter(
    (d) =>
      !["staticmethod", "classmethod", "property"].some((n) => isDecorator(d, n)) && d !== setter,
  );
  if (others.length && (isStatic || isClassMethod || isProperty || setter)) {
    em.unsupported(others[0], "this method decorator combination");
  } else if (others.length) decorated.push({ name: def.name, decorators: others });
  const thisName = isStatic ? null : (def.params[0]?.name ?? null);
  const params = isStatic ? def.params : def.params.slice(1);
  const ps = em.inScope(scope.parent!, () => paramList(em, params, scope));
  const generator = scope.hasYield;
  const isInit = def.name === "__init__";
  if (def.isAsync && (isStatic || isClassMethod)) {
    // `async_def.methods` wraps prototype methods; class-level ones are wrapped in place.
    const kw = generator ? "async function*" : "async function";
    const wrapper = em.rt(generator ? "async_gen" : "async_def");
    em.out.open(`static ${def.name} = ${wrapper}(${kw} ${def.name}(${ps})`, def.from);
    functionBody(em, def, thisName, false);
    em.out.close(");");
    return null;
  }
  let head: string;
  if (isInit) head = `constructor(${ps})`;
  else {
    const prefix = `${isStatic || isClassMethod ? "static " : ""}${isProperty ? "get " : setter ? "set " : ""}`;
    const star = generator ? "*" : "";
    head = `${prefix}${def.isAsync ? "async " : ""}${star}${def.name}(${ps})`;
  }
  em.out.open(head, def.from);
  let body = def.body;
  let superFirst: (() => void) | undefined;
  if (isInit && hasBase) {
    const at = def.body.findIndex(isSuperInit);
    if (at >= 0) {
      const call = def.body[at];
      body = def.body.filter((_, i) => i !== at);
      superFirst = () => block(em, [call]);
    } else {
      const args = extendsException(em, cls) ? "...arguments" : "";
      superFirst = () => em.out.line(`super(${args});`);
    }
  }
  functionBody(em, def, thisName, isInit, superFirst, body);
  em.out.close();
  if (def.isAsync) return generator ? "asyncgen" : "async";
  return null;
}

function isSuperInit(s: Stmt): boolean {
  if (s.kind !== "ExpressionStatement" || s.value.kind !== "CallExpression") return false;
  const f = s.value.func;
  return (
    f.kind === "MemberExpression" &&
    f.name === "__init__" &&
    f.object.kind === "CallExpression" &&
    f.object.func.kind === "VariableName" &&
    f.object.func.name === "super"
  );
}
