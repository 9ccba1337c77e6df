// Python calls → JavaScript calls: keyword arguments placed by position for callees the
// transpiler can see, otherwise one trailing plain object; `new` for classes; `await` for
// functions that run the event loop (contract §1).
import type {
  Arg,
  CallExpression,
  ClassDefinition,
  Expr,
  FunctionDefinition,
  Param,
} from "./ast.js";
import { mapCall, signatureMode } from "./callargs.js";
import { dataclassDecorator, isNamedTupleClass, namesRuntime } from "./dataclass.js";
import {
  arg,
  attributeOwner,
  expr,
  instanceMethod,
  iterable,
  needsFloatBox,
  textArg,
} from "./emit-expr.js";
import type { Emitter } from "./emitter.js";
import { selfClass } from "./infer-calls.js";
import { atom, type Js, Level, wrap } from "./precedence.js";
import {
  exceptionNames,
  moduleClasses,
  moduleMembers,
  runtimeModules,
  unsupportedBuiltins,
} from "./runtime-names.js";
import type { Scope } from "./scope.js";

/** Methods JS has with other semantics: called through `py.method` (contract §1). */
const clashing = new Set(["split", "replace", "pop", "sort", "reverse", "throw"]);

/** Builtins whose positional arguments become text (floats boxed with `asFloat`). */
const textBuiltins = new Set([
  "print",
  "str",
  "repr",
  "format",
  "type",
  "isinstance",
  "ascii",
  // Their result is one of the arguments, whose float-ness the runtime then keeps.
  "min",
  "max",
]);

/** Runtime modules whose functions keep a float argument's float-ness (`json.dumps(1.0)` →
 * `1.0`, `itertools.count(0, 1.0)`): their arguments are boxed like a user function's. */
const floatKeepingModules = new Set(["json", "itertools"]);

/** Methods whose arguments become text (`"{}".format(x)`, `sys.stdout.write`). */
const textMethods = new Set(["format", "write", "append", "add", "insert"]);

/** Emits a call expression; `raising`: it is what a `raise` statement raises, so a callee held
 * in a local or parameter is likely an exception class. */
export function emitCall(em: Emitter, e: CallExpression, raising = false): Js {
  const call = plainCall(em, e, raising);
  // Running an event loop to completion returns a promise here: the caller waits for it.
  if (em.fn.isAsync && em.an.runsLoop(em.scope, e.func) && !call.text.startsWith("await ")) {
    return { text: `await ${wrap(call, Level.Prefix - 1)}`, level: Level.Prefix };
  }
  return call;
}

/** Builtins and methods that consume an iterable argument to its end before returning. */
const consuming = new Set([
  "sum",
  "sorted",
  "list",
  "tuple",
  "set",
  "dict",
  "min",
  "max",
  "join",
  "gather",
  "extend",
  "update",
  "Counter",
]);

/** Marks generator-expression arguments that may be emitted eagerly (as arrays). */
function markEager(em: Emitter, e: CallExpression): void {
  const f = e.func;
  const name = f.kind === "VariableName" ? f.name : f.kind === "MemberExpression" ? f.name : "";
  const builtin = f.kind !== "VariableName" || !em.an.resolve(em.scope, f.name);
  for (const a of e.args) {
    if (a.value.kind !== "ComprehensionExpression") continue;
    // A spread is consumed whole before the call.
    if (a.type === "star" || (builtin && consuming.has(name))) em.eagerGenexps.add(a.value);
  }
}

function plainCall(em: Emitter, e: CallExpression, raising: boolean): Js {
  markEager(em, e);
  const f = e.func;
  if (f.kind === "VariableName") {
    const owner = em.an.resolve(em.scope, f.name);
    // A checked read is a call: `new` needs it in parentheses.
    const callee = em.an.unboundReads.has(f) ? `(${em.nameRead(f)})` : em.nameRef(f.name);
    const def = em.an.functionOf(em.scope, f.name);
    if (def) {
      // Keywords to a decorated def go to its wrapper as keywords (it may print them or pass
      // them on with `**kwargs`); the runtime places them when they reach the def.
      const spread = e.args.some((a) => a.type === "doublestar");
      const call =
        spread && signatureMode(def.params) === "simple" && !def.decorators.length
          ? callKw(em, em.nameRead(f), e.args)
          : atom(
              `${em.nameRead(f)}(${
                e.args.some((a) => a.type === "keyword" || a.type === "doublestar") &&
                decoratorsTakeKeywords(em, def)
                  ? genericArgs(em, e.args, false, "all")
                  : mappedArgs(em, def.params, e.args)
              })`,
            );
      if (em.an.scopes.get(def)?.runsLoop)
        return { text: `await ${call.text}`, level: Level.Prefix };
      return call;
    }
    const cls = em.an.classOf(em.scope, f.name);
    // `Cls(**data)`: the runtime places the keywords on the constructor's parameters.
    if (cls && e.args.some((a) => a.type === "doublestar")) return callKw(em, callee, e.args);
    if (cls) return atom(`new ${callee}(${classArgs(em, cls, e.args)})`);
    // `Point = namedtuple("Point", "x y")`: a class made at run time.
    if (owner && namedtupleName(em, owner, f.name)) {
      return atom(`new ${callee}(${genericArgs(em, e.args, false, "all")})`);
    }
    // A runtime class imported by name: `from datetime import timedelta` → `new datetime.timedelta(…)`.
    const imported = em.an.importedFrom(em.scope, f.name);
    if (imported && moduleClasses.has(`${imported.module}.${imported.name}`)) {
      return atom(`new ${callee}(${genericArgs(em, e.args, false)})`);
    }
    if (owner && em.fn.thisName === f.name && owner === em.fn.scope && isClassMethod(em)) {
      // `cls(a=1)` / `cls(**data)`: the class may have a plain `constructor(a, b)`.
      if (e.args.some((a) => a.type === "keyword" || a.type === "doublestar")) {
        return callKw(em, "this", e.args);
      }
      return atom(`new this(${genericArgs(em, e.args, false)})`);
    }
    if (owner && (raising || holdsClass(em, owner, f.name))) {
      // A class may hide behind the name: `py.call` uses `new` for classes.
      const args = genericArgs(em, e.args, false, "all");
      return atom(`${em.py("call")}(${em.nameRead(f)}${args ? `, ${args}` : ""})`);
    }
    if (!owner) {
      if (unsupportedBuiltins.has(f.name))
        return atom(em.unsupported(f, `the builtin '${f.name}'`));
      if (exceptionNames.has(f.name))
        return atom(`new ${em.nameRef(f.name)}(${genericArgs(em, e.args, false, "all")})`);
      if (f.name === "super" && e.args.length === 0) return atom("super");
      // The site builtins `exit()`/`quit()` raise SystemExit like `sys.exit()`.
      if (f.name === "exit" || f.name === "quit") {
        return atom(`${em.rt("sys")}.exit(${genericArgs(em, e.args, false)})`);
      }
      return atom(
        `${em.nameRef(f.name)}(${genericArgs(em, e.args, textBuiltins.has(f.name), "literals")})`,
      );
    }
  }
  if (f.kind === "MemberExpression") return methodCall(em, e, f);
  // A function imported from a runtime module (`from asyncio import sleep`) needs no boxes.
  const imported = f.kind === "VariableName" && em.an.importedFrom(em.scope, f.name);
  if (!imported && e.args.some((a) => a.type === "doublestar")) {
    // `func(*args, **kwargs)` with `func` unknown: it may be a def with a plain signature.
    return callKw(em, wrap(expr(em, f), Level.Comma), e.args);
  }
  const box = imported && !floatKeepingModules.has(imported.module) ? "none" : "all";
  return atom(`${wrap(expr(em, f), Level.Call)}(${genericArgs(em, e.args, false, box)})`);
}

function methodCall(
  em: Emitter,
  e: CallExpression,
  f: Extract<Expr, { kind: "MemberExpression" }>,
): Js {
  const obj = f.object;
  if (
    obj.kind === "CallExpression" &&
    obj.func.kind === "VariableName" &&
    obj.func.name === "super"
  ) {
    if (!em.an.resolve(em.scope, "super")) {
      const args = genericArgs(em, e.args, false, "all");
      if (f.name === "__init__") return atom(`super(${args})`);
      return atom(`super.${f.name}(${args})`);
    }
  }
  if (obj.kind === "VariableName") {
    for (const [m, members] of Object.entries(moduleMembers)) {
      if (!members.has(f.name) && em.an.isModule(em.scope, obj.name, m)) {
        return atom(em.unsupported(f, `${m}.${f.name}`));
      }
    }
    for (const module of runtimeModules) {
      if (moduleClasses.has(`${module}.${f.name}`) && em.an.isModule(em.scope, obj.name, module)) {
        return atom(`new ${em.nameRef(obj.name)}.${f.name}(${genericArgs(em, e.args, false)})`);
      }
    }
  }
  const ownerClass = obj.kind === "VariableName" ? em.an.classOf(em.scope, obj.name) : null;
  if (ownerClass && instanceMethod(ownerClass, f.name)) {
    // `Cls.method(obj, …)`: the prototype's function called with `obj` as `this`.
    const args = genericArgs(em, e.args, false, "all");
    return atom(`${wrap(expr(em, obj), Level.Call)}.prototype.${f.name}.call(${args})`);
  }
  const receiver =
    obj.kind === "VariableName"
      ? (selfClass(em.an, em.scope, obj.name) ?? em.an.instanceOf(em.scope, obj.name))
      : null;
  const known = receiver ? methodOf(receiver, f.name) : null;
  const ownMethod = known !== null;
  const moduleFunction =
    obj.kind === "VariableName" &&
    [...runtimeModules].some((m) => em.an.isModule(em.scope, obj.name, m));
  if (clashing.has(f.name) && !ownMethod && !moduleFunction) {
    const t = em.type(obj);
    const rest = genericArgs(em, e.args, false);
    const tail = rest ? `, ${rest}` : "";
    if (t === "str" || t === "list") return atom(`${em.rt(t)}.${f.name}(${arg(em, obj)}${tail})`);
    return atom(`${em.py("method")}(${arg(em, obj)}, ${JSON.stringify(f.name)}${tail})`);
  }
  const callee = `${attributeOwner(em, obj)}.${f.name}`;
  const method = e.args.some((a) => a.type === "keyword")
    ? (known ?? uniqueMethod(em, f.name))
    : null;
  if (method) return atom(`${callee}(${mappedArgs(em, methodParams(method), e.args)})`);
  const isModule =
    obj.kind === "VariableName" &&
    [...runtimeModules].some(
      (m) => !floatKeepingModules.has(m) && em.an.isModule(em.scope, obj.name, m),
    );
  return atom(
    `${callee}(${genericArgs(em, e.args, textMethods.has(f.name), isModule ? "none" : "all")})`,
  );
}

/** A name for a class: a module class, a builtin exception, a runtime class (`asyncio.Queue`). */
function isClassName(em: Emitter, scope: Scope, e: Expr): boolean {
  if (e.kind === "VariableName") {
    if (em.an.classOf(scope, e.name)) return true;
    const owner = em.an.resolve(scope, e.name);
    if (owner && namedtupleName(em, owner, e.name)) return true;
    if (!em.an.resolve(scope, e.name)) return exceptionNames.has(e.name);
    const imported = em.an.importedFrom(scope, e.name);
    return !!imported && moduleClasses.has(`${imported.module}.${imported.name}`);
  }
  if (e.kind === "MemberExpression" && e.object.kind === "VariableName") {
    return [...runtimeModules].some(
      (m) =>
        moduleClasses.has(`${m}.${e.name}`) &&
        em.an.isModule(scope, (e.object as { name: string }).name, m),
    );
  }
  return false;
}

/** Whether `name` in `owner` is bound once, to a `collections.namedtuple(…)` call. */
function namedtupleName(em: Emitter, owner: Scope, name: string): boolean {
  const b = owner.bindings.get(name);
  const st = b?.length === 1 && b[0].kind === "assign" ? b[0].stmt : null;
  return (
    st?.kind === "AssignStatement" &&
    st.value?.kind === "CallExpression" &&
    namesRuntime(em.an, owner, st.value.func, "collections", "namedtuple")
  );
}

/** `py.callKw(f, [positional…], { keywords… })`: a call with a `**` spread to a callee whose
 * plain signature takes keywords only by position; the runtime places them by name. */
function callKw(em: Emitter, callee: string, args: Arg[]): Js {
  const positional: string[] = [];
  for (const a of args) {
    if (a.type === "positional") positional.push(textArg(em, a.value));
    else if (a.type === "star") positional.push(`...${iterable(em, a.value)}`);
  }
  const keywords = kwargsObject(
    em,
    args.filter((a) => a.type === "keyword" || a.type === "doublestar"),
  );
  return atom(`${em.py("callKw")}(${callee}, [${positional.join(", ")}], ${keywords})`);
}

/** Whether the decorators of `def` take keyword arguments as keywords: each is a runtime
 * module's (`functools.lru_cache`, `contextlib.contextmanager`: the runtime places them), or a
 * visible def (or a call of one) that defines a wrapper with a `**` parameter. */
function decoratorsTakeKeywords(em: Emitter, def: FunctionDefinition): boolean {
  if (def.decorators.length === 0) return false;
  const scope = em.an.scopes.get(def)?.parent;
  if (!scope) return false;
  return def.decorators.every((d) => {
    const f = d.kind === "CallExpression" ? d.func : d;
    const root = f.kind === "MemberExpression" ? f.object : f;
    if (root.kind !== "VariableName") return false;
    if (em.an.importedFrom(scope, root.name)) {
      return runtimeModules.has(em.an.importedFrom(scope, root.name)!.module);
    }
    if ([...runtimeModules].some((m) => em.an.isModule(scope, root.name, m))) return true;
    const deco = f.kind === "VariableName" ? em.an.functionOf(scope, f.name) : null;
    const s = deco ? em.an.scopes.get(deco) : undefined;
    const wrapperTakesKeywords = (x: Scope): boolean =>
      x.children.some(
        (c) =>
          (c.kind === "function" &&
            ((c.node as FunctionDefinition).params ?? []).some((p) => p.type === "doublestar")) ||
          wrapperTakesKeywords(c),
      );
    return !!s && wrapperTakesKeywords(s);
  });
}

/** Whether local/parameter `name` of `owner` may hold a class: its default, an assigned value or
 * an element of the display a `for` walks is a class name (`exc=ValueError`, `for cls in (A, B)`),
 * or a `random.choice` among them. */
export function holdsClass(em: Emitter, owner: Scope, name: string): boolean {
  const classy = (scope: Scope, e: Expr | null | undefined): boolean => {
    if (!e) return false;
    if (isClassName(em, scope, e)) return true;
    if (e.kind === "ArrayExpression" || e.kind === "TupleExpression") {
      return e.elts.some((x) => classy(scope, x));
    }
    const choice = e.kind === "CallExpression" && e.func.kind === "MemberExpression";
    return choice && e.args.some((a) => classy(scope, a.value));
  };
  if (owner.kind === "function" && owner.params.has(name)) {
    const def = owner.node as FunctionDefinition;
    const p = def.params.find((x) => x.name === name);
    if (owner.parent && classy(owner.parent, p?.default)) return true;
    // Or what a visible call site passes for it: `make(AppError)`.
    const params = owner.parent?.kind === "class" ? def.params.slice(1) : def.params;
    const slot = params.filter((x) => x.type === "normal").findIndex((x) => x.name === name);
    for (const c of em.an.callsTo.get(def) ?? []) {
      if (c.kind !== "CallExpression") continue;
      const mapped = mapCall(params, c.args);
      const a = mapped?.keywords.find((k) => k.name === name) ?? mapped?.positional[slot];
      if (a && owner.parent && classy(owner.parent, a.value)) return true;
    }
  }
  for (const b of owner.bindings.get(name) ?? []) {
    const st = b.stmt;
    if (b.kind === "assign" && st?.kind === "AssignStatement" && classy(owner, st.value)) {
      return true;
    }
    if (b.kind === "for" && st?.kind === "ForStatement" && classy(owner, st.iter)) return true;
  }
  return false;
}

/** Whether the function being emitted is a `@classmethod` (its `cls` is `this`). */
function isClassMethod(em: Emitter): boolean {
  const def = em.fn.scope.node as FunctionDefinition;
  return (
    em.fn.scope.kind === "function" &&
    def.decorators.some((d) => d.kind === "VariableName" && d.name === "classmethod")
  );
}

/** The parameters callers pass (without `self`/`cls` unless the method is static). */
export function methodParams(def: FunctionDefinition): Param[] {
  const isStatic = def.decorators.some(
    (d) => d.kind === "VariableName" && d.name === "staticmethod",
  );
  return isStatic ? def.params : def.params.slice(1);
}

/** Method `name` as defined in `cls` itself (inherited ones are not looked up). */
function methodOf(cls: ClassDefinition, name: string): FunctionDefinition | null {
  return (
    cls.body.find(
      (s): s is FunctionDefinition => s.kind === "FunctionDefinition" && s.name === name,
    ) ?? null
  );
}

/** The one method of that name among the module's classes, if exactly one class defines it. */
function uniqueMethod(em: Emitter, name: string): FunctionDefinition | null {
  let found: FunctionDefinition | null = null;
  for (const s of em.an.scopes.values()) {
    if (s.kind !== "class") continue;
    for (const st of (s.node as ClassDefinition).body) {
      if (st.kind === "FunctionDefinition" && st.name === name) {
        if (found) return null;
        found = st;
      }
    }
  }
  return found;
}

function classArgs(em: Emitter, cls: ClassDefinition, args: Arg[]): string {
  // The `__init__` that runs: the class's own, or the nearest visible base's.
  let c: ClassDefinition | null = cls;
  for (let depth = 0; c && depth < 10; depth++) {
    const init = c.body.find(
      (s): s is FunctionDefinition => s.kind === "FunctionDefinition" && s.name === "__init__",
    );
    if (init) return mappedArgs(em, init.params.slice(1), args);
    // A dataclass's `__init__` is the runtime's: keywords as the trailing object, floats boxed.
    if (dataclassDecorator(em.an, c) || isNamedTupleClass(em.an, c)) {
      return genericArgs(em, args, false, "all");
    }
    const base: Expr | undefined = c.bases[0];
    const scope: Scope | null | undefined = em.an.scopes.get(c)?.parent;
    c = base?.kind === "VariableName" && scope ? em.an.classOf(scope, base.name) : null;
  }
  return genericArgs(em, args, false);
}

/** Arguments mapped onto a visible signature. */
function mappedArgs(em: Emitter, params: Param[], args: Arg[]): string {
  const mapped = mapCall(params, args);
  const spread = args.find((a) => a.type === "doublestar");
  if (spread && signatureMode(params) === "simple") {
    return em.unsupported(
      spread,
      "** arguments to a function without keyword-only or ** parameters",
    );
  }
  if (!mapped) return genericArgs(em, args, false, "all");
  // Floats are boxed: inside, the value may travel on (into a future, a queue, a container)
  // where its static type is lost.
  const out = mapped.positional.map((a) => (a ? textArg(em, a.value) : "undefined"));
  if (mapped.keywords.length) out.push(kwargsObject(em, mapped.keywords));
  return argList(out);
}

/** Arguments between a call's parentheses: one line when short, else one per line. */
function argList(items: string[]): string {
  const line = items.join(", ");
  if (line.length <= 80 || items.length < 2) return line;
  return `\n${items.map((i) => `  ${i.split("\n").join("\n  ")},`).join("\n")}\n`;
}

/** Positional arguments in order, keywords as one trailing plain object. `textual`: floats are
 * boxed (they become text); `boxFloats`: "all" when the callee is user code or a runtime
 * object's method (a future, a queue) where the static type is lost, "literals" for builtins
 * (`divmod(7.0, 2)`: only a box tells them that `7.0` is a float). */
export function genericArgs(
  em: Emitter,
  args: Arg[],
  textual: boolean,
  boxFloats: "all" | "literals" | "none" = "none",
): string {
  const out: string[] = [];
  const keywords: Arg[] = [];
  for (const a of args) {
    // For builtins, an integral float literal is boxed: only the box tells them it is a float.
    const literal =
      a.value.kind === "Number" ||
      (a.value.kind === "UnaryExpression" && a.value.operand.kind === "Number");
    const wanted = boxFloats === "all" || (boxFloats === "literals" && literal);
    const box = textual || (wanted && needsFloatBox(em, a.value));
    if (a.type === "positional") out.push(box ? textArg(em, a.value) : arg(em, a.value));
    else if (a.type === "star") out.push(`...${iterable(em, a.value)}`);
    else keywords.push(a);
  }
  const only =
    keywords.length === 1 && keywords[0].type === "doublestar" ? keywords[0].value : null;
  if (only && (only.kind === "VariableName" || only.kind === "MemberExpression")) {
    // Only `**kwargs`: an empty dict passes nothing (a `{}` would fill the next parameter).
    const d = wrap(expr(em, keywords[0].value), Level.Call);
    out.push(`...(${d}.size ? [Object.fromEntries(${d}.entries())] : [])`);
  } else if (keywords.length) out.push(kwargsObject(em, keywords));
  return argList(out);
}

/** `{ name: value, ...kwargs }` for keyword arguments and `**` spreads. */
function kwargsObject(em: Emitter, keywords: Arg[]): string {
  const props = keywords.map((k) => {
    if (k.type === "keyword") return `${k.name}: ${textArg(em, k.value)}`;
    return `...Object.fromEntries(${wrap(expr(em, k.value), Level.Call)}.entries())`;
  });
  return `{ ${props.join(", ")} }`;
}
