// `class` → a JavaScript class (contract §1): constructor with super(), methods, static and
// class methods, properties, async methods registered with async_def.methods, `declare` fields.
import type { AssignStatement, ClassDefinition, Expr, FunctionDefinition, Stmt } from "./ast.js";
import {
  dataclassDecorator,
  dataclassFields,
  isNamedTupleClass,
  namesRuntime,
} from "./dataclass.js";
import {
  applyDecorators,
  docstring,
  functionBody,
  hoistDefaults,
  jsdoc,
  paramList,
} from "./emit-def.js";
import { expr, textArg } from "./emit-expr.js";
import { block, tsType } from "./emit-stmt.js";
import type { Emitter } from "./emitter.js";
import { Level, wrap } from "./precedence.js";
import { exceptionNames } from "./runtime-names.js";
import type { PyType } from "./types.js";

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
  for (const st of cls.body) if (st.kind === "FunctionDefinition") hoistDefaults(em, st, cls.from);
  jsdoc(em, docstring(cls.body), cls.from);
  const dataclassDeco = dataclassDecorator(em.an, cls);
  const namedTuple = !dataclassDeco && isNamedTupleClass(em.an, cls);
  const fields = dataclassDeco
    ? checkDataclass(em, cls, dataclassDeco)
    : namedTuple
      ? dataclassFields(em.an, cls)
      : null;
  const scopeOut = em.an.scopes.get(cls)!.parent!;
  const totalOrdering = cls.decorators.filter((d) =>
    namesRuntime(em.an, scopeOut, d, "functools", "total_ordering"),
  );
  const other = cls.decorators.find((d) => d !== dataclassDeco && !totalOrdering.includes(d));
  if (other) em.unsupported(other, "class decorators");
  if (cls.keywords.length) em.unsupported(cls.keywords[0], "class keyword arguments (metaclass)");
  if (cls.bases.length > 1) em.unsupported(cls.bases[1], "multiple inheritance");
  const base = cls.bases[0];
  const isObject = base?.kind === "VariableName" && base.name === "object";
  let ext = base && !isObject && !namedTuple ? ` extends ${wrap(expr(em, base), Level.Call)}` : "";
  // `class P(NamedTuple)` with fields `x: int`, `y: int = 0` extends the tuple class that
  // `collections.namedtuple("P", ["x", "y"], { defaults: [0] })` makes.
  if (namedTuple && fields) ext = ` extends ${namedTupleBase(em, cls, fields)}`;
  // A dataclass's constructor is the runtime's generated `__init__`.
  if (fields && !ext) ext = ` extends ${em.rt("dataclasses")}.Dataclass`;
  const hoisted =
    em.scope.decl.get(cls.name) !== "definition" || em.an.resolve(em.scope, cls.name) !== em.scope;
  const name = em.names.js(cls.name);
  em.out.open(
    hoisted ? `${em.nameRef(cls.name)} = class ${name}${ext}` : `class ${name}${ext}`,
    cls.from,
  );
  const asyncMethods: string[] = [];
  const asyncGenMethods: string[] = [];
  const decorated: { name: string; decorators: Expr[]; cached?: boolean }[] = [];
  const doc = docstring(cls.body);
  let prev: Stmt | undefined;
  declareFields(em, cls, fields);
  em.inScope(scope, () => {
    for (const st of doc === null ? cls.body : cls.body.slice(1)) {
      // Methods stand apart, whatever the source's spacing.
      if (prev && (st.kind === "FunctionDefinition" || prev.kind === "FunctionDefinition")) {
        em.out.blank();
      }
      em.commentsBefore(st.from);
      em.gap(st.from);
      prev = st;
      classMember(st);
      em.printed(st.from, st.to);
    }
  });
  function classMember(st: Stmt): void {
    if (fields?.includes(st as AssignStatement)) {
      // A dataclass field: declared above, passed to `dataclasses.dataclass` below.
      em.trailingComment(st.to);
    } else if (st.kind === "FunctionDefinition") {
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
        `static ${st.targets[0].name} = ${textArg(em, st.value)};${em.trailingComment(st.to)}`,
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
  // Class decorators the runtime provides, applied after the class, innermost first; each
  // returns the class it was given.
  for (const d of [...cls.decorators].reverse()) {
    if (d === dataclassDeco && fields) {
      em.inScope(scope.parent!, () => emitDataclassCall(em, name, fields, d));
    } else if (totalOrdering.includes(d)) {
      em.out.line(`${em.inScope(scope.parent!, () => expr(em, d).text)}(${name});`, d.from);
    }
  }
  for (const d of decorated) {
    if (d.cached) {
      // `functools.cached_property(Circle, "area")`: the getter computes once per instance.
      const deco = em.inScope(scope.parent!, () => expr(em, d.decorators[0]).text);
      em.out.line(`${deco}(${name}, ${JSON.stringify(d.name)});`, d.decorators[0].from);
      continue;
    }
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
function declareFields(em: Emitter, cls: ClassDefinition, fields: AssignStatement[] | null): void {
  const declared = new Set<string>();
  for (const st of fields ?? []) {
    if (isKwOnlyMarker(st)) continue;
    const name = (st.targets[0] as { name: string }).name;
    declared.add(name);
    em.out.line(`declare ${name}: ${tsType(st.annotation) ?? "any"};`);
  }
  const writes = em.an.attrWrites.get(cls);
  // Only fields (and perhaps a docstring or `pass`): no blank line before the closing brace.
  const more = cls.body.some(
    (st) =>
      st.kind === "FunctionDefinition" || (st.kind === "AssignStatement" && !fields?.includes(st)),
  );
  if (!writes) {
    if (declared.size && more) em.out.line("");
    return;
  }
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
    if (statics.has(name) || declared.has(name)) continue;
    const t = tsTypes[em.an.attrTypes.get(cls)?.get(name) ?? "unknown"] ?? "any";
    em.out.line(`declare ${name}: ${t};`);
  }
  if (writes.size || declared.size) em.out.line("");
}

/** `collections.namedtuple("P", ["x", "y"], { defaults: [0] })` for a `NamedTuple` class. */
function namedTupleBase(em: Emitter, cls: ClassDefinition, fields: AssignStatement[]): string {
  const names = fields.map((st) => JSON.stringify((st.targets[0] as { name: string }).name));
  const firstDefault = fields.findIndex((st) => st.value !== null);
  const defaults = firstDefault < 0 ? [] : fields.slice(firstDefault);
  for (const st of defaults) {
    if (!st.value)
      em.unsupported(st, "a NamedTuple field without a default after one with a default");
  }
  const outer = em.an.scopes.get(cls)!.parent!;
  const values = em.inScope(outer, () =>
    defaults.flatMap((st) => (st.value ? [textArg(em, st.value)] : [])),
  );
  const opts = values.length ? `, { defaults: [${values.join(", ")}] }` : "";
  return `${em.rt("collections")}.namedtuple(${JSON.stringify(cls.name)}, [${names.join(", ")}]${opts})`;
}

/** `_: KW_ONLY` in a dataclass body: the fields after it are keyword-only. */
function isKwOnlyMarker(st: AssignStatement): boolean {
  const a = st.annotation;
  return (
    (a?.kind === "VariableName" || a?.kind === "MemberExpression") &&
    a.name === "KW_ONLY" &&
    st.value === null
  );
}

/** Options of `@dataclass(…)` the runtime implements. */
const dataclassOptions = new Set(["order", "frozen", "eq", "repr", "kw_only"]);
/** Keyword arguments of `field(…)` the runtime implements. */
const fieldOptions = new Set(["default", "default_factory", "init", "repr", "compare", "kw_only"]);

/** Reports what of a dataclass the runtime does not do; returns its fields. */
function checkDataclass(em: Emitter, cls: ClassDefinition, deco: Expr): AssignStatement[] {
  const scope = em.an.scopes.get(cls)!.parent!;
  if (deco.kind === "CallExpression") {
    for (const a of deco.args) {
      if (a.type !== "keyword" || !dataclassOptions.has(a.name ?? "")) {
        em.unsupported(a, `this dataclass() argument${a.name ? ` (${a.name})` : ""}`);
      }
    }
  }
  const base = cls.bases[0];
  if (base && !(base.kind === "VariableName" && base.name === "object")) {
    const parent = base.kind === "VariableName" ? em.an.classOf(scope, base.name) : null;
    if (!parent || !dataclassDecorator(em.an, parent)) {
      em.unsupported(base, "a dataclass whose base class is not a dataclass");
    }
  }
  for (const st of cls.body) {
    if (st.kind === "FunctionDefinition" && st.name === "__init__") {
      em.unsupported(st.nameSpan, "__init__ defined in a dataclass");
    }
  }
  const fields = dataclassFields(em.an, cls) ?? [];
  for (const st of fields) {
    const ann = st.annotation;
    const head = ann?.kind === "SubscriptExpression" ? ann.object : ann;
    const annName =
      head?.kind === "VariableName" || head?.kind === "MemberExpression" ? head.name : "";
    if (annName === "InitVar") {
      em.unsupported(st, `dataclasses.${annName}`);
    }
    const v = st.value;
    if (
      v?.kind === "CallExpression" &&
      namesRuntime(em.an, scope, v.func, "dataclasses", "field")
    ) {
      for (const a of v.args) {
        if (a.type !== "keyword" || !fieldOptions.has(a.name ?? "")) {
          em.unsupported(a, `this field() argument${a.name ? ` (${a.name})` : ""}`);
        }
      }
    }
  }
  return fields;
}

/** `dataclasses.dataclass(Cls, { name: dataclasses.MISSING, cost: asFloat(1.0) }, { order: true });` */
function emitDataclassCall(em: Emitter, name: string, fields: AssignStatement[], deco: Expr): void {
  const mod = em.rt("dataclasses");
  const entries = fields.map((st) => {
    const field = (st.targets[0] as { name: string }).name;
    if (isKwOnlyMarker(st)) return `${field}: ${mod}.KW_ONLY`;
    return `${field}: ${st.value ? textArg(em, st.value) : `${mod}.MISSING`}`;
  });
  const opts =
    deco.kind === "CallExpression"
      ? deco.args
          .filter((a) => a.type === "keyword")
          .map((a) => `${a.name}: ${textArg(em, a.value)}`)
      : [];
  const obj = entries.length ? `{ ${entries.join(", ")} }` : "{}";
  const args = [name, obj, ...(opts.length ? [`{ ${opts.join(", ")} }`] : [])];
  const line = `${mod}.dataclass(${args.join(", ")});`;
  if (line.length <= 100) {
    em.out.line(line, deco.from);
    return;
  }
  em.out.openRaw(`${mod}.dataclass(${name}, {`, deco.from);
  for (const e of entries) em.out.line(`${e},`);
  em.out.close(opts.length ? `, { ${opts.join(", ")} });` : ");");
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
  decorated: { name: string; decorators: Expr[]; cached?: boolean }[],
): "async" | "asyncgen" | null {
  jsdoc(em, docstring(def.body), def.from);
  const hook = unsupportedHooks.get(def.name);
  if (hook) em.unsupported(def.nameSpan, hook);
  const scope = em.an.scopes.get(def)!;
  const isStatic = def.decorators.some((d) => isDecorator(d, "staticmethod"));
  const isClassMethod = def.decorators.some((d) => isDecorator(d, "classmethod"));
  // `@functools.cached_property`: a getter, made caching after the class.
  const cached = def.decorators.find((d) =>
    namesRuntime(em.an, em.an.scopes.get(cls)!.parent!, d, "functools", "cached_property"),
  );
  const isProperty = !!cached || def.decorators.some((d) => isDecorator(d, "property"));
  if (isProperty && def.isAsync) em.unsupported(def.nameSpan, "async properties");
  const setter = def.decorators.find((d) => d.kind === "MemberExpression" && d.name === "setter");
  const others = def.decorators.filter(
    (d) =>
      !["staticmethod", "classmethod", "property"].some((n) => isDecorator(d, n)) &&
      d !== setter &&
      d !== cached,
  );
  if (others.length && (isStatic || isClassMethod || isProperty || setter)) {
    em.unsupported(others[0], "this method decorator combination");
  } else if (others.length) decorated.push({ name: def.name, decorators: others });
  if (
    cached &&
    (isStatic || isClassMethod || def.decorators.some((d) => isDecorator(d, "property")))
  ) {
    em.unsupported(cached, "this method decorator combination");
  } else if (cached) decorated.push({ name: def.name, decorators: [cached], cached: true });
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
