// Python statements → JavaScript statements through the printer: assignments with const/let
// decided by check.ts, loops, try/except, with, raise, and comments carried over.
import type { Expr, ForStatement, IfStatement, Stmt } from "./ast.js";
import { emitCall, holdsClass } from "./emit-call.js";
import { emitClass } from "./emit-class.js";
import { emitFunction } from "./emit-def.js";
import {
  arg,
  asyncIterable,
  bitwiseHelpers,
  condition,
  expr,
  iterable,
  jsBitwiseWorks,
  memberTarget,
  needsFloatBox,
  plainArithmeticExact,
  targetPattern,
  textArg,
} from "./emit-expr.js";
import { tryStatement, withStatement } from "./emit-try.js";
import type { Emitter } from "./emitter.js";
import { Level, wrap } from "./precedence.js";
import { exceptionNames, ignoredModules, moduleMembers, runtimeModules } from "./runtime-names.js";
import { isNumeric } from "./types.js";

/** Emits a block of statements (comments before each carried over, blank lines kept). */
export function block(em: Emitter, list: Stmt[]): void {
  let prev: Stmt | undefined;
  for (const s of list) {
    // Top-level functions and classes stand apart, whatever the source's spacing.
    if (prev && em.scope.kind === "module" && (isDefinition(s) || isDefinition(prev))) {
      em.out.blank();
    }
    em.commentsBefore(s.from);
    em.gap(s.from);
    stmt(em, s);
    em.printed(s.from, s.to);
    prev = s;
  }
  if (prev && list[0]) em.commentsClosing(prev.to, list[0].from);
}

function isDefinition(s: Stmt): boolean {
  return s.kind === "FunctionDefinition" || s.kind === "ClassDefinition";
}

/** Prints one simple statement line with its trailing comment. */
function line(em: Emitter, text: string, s: Stmt): void {
  em.out.line(text + em.trailingComment(s.to), s.from);
}

/** Emits one statement. */
export function stmt(em: Emitter, s: Stmt): void {
  switch (s.kind) {
    case "ExpressionStatement":
      if (s.value.kind === "String" || (s.value.kind === "Constant" && s.value.value === "...")) {
        em.trailingComment(s.to);
        return;
      }
      line(em, `${expr(em, s.value).text};`, s);
      return;
    case "AssignStatement":
      assign(em, s);
      return;
    case "UpdateStatement":
      update(em, s);
      return;
    case "DeleteStatement":
      for (const t of s.targets) line(em, `${del(em, t)};`, s);
      return;
    case "PassStatement":
      em.trailingComment(s.to);
      return;
    case "BreakStatement": {
      const label = em.loopLabels[em.loopLabels.length - 1];
      line(em, label ? `break ${label};` : "break;", s);
      return;
    }
    case "ContinueStatement":
      line(em, "continue;", s);
      return;
    case "ReturnStatement":
      line(em, returnStatement(em, s.value), s);
      return;
    case "RaiseStatement":
      line(em, raise(em, s), s);
      return;
    case "ImportStatement":
      checkImport(em, s);
      em.trailingComment(s.to);
      return;
    case "ScopeStatement":
      em.trailingComment(s.to);
      return;
    case "AssertStatement": {
      const msg = s.msg ? textArg(em, s.msg) : "";
      const err = em.rt("AssertionError");
      line(
        em,
        `if (!${wrap(condition(em, s.test), Level.Prefix - 1)}) throw new ${err}(${msg});`,
        s,
      );
      return;
    }
    case "IfStatement":
      ifStatement(em, s);
      return;
    case "WhileStatement":
      loopWithElse(em, s.orelse, () => {
        em.out.open(`while (${condition(em, s.test).text})`, s.from);
        block(em, s.body);
        em.out.close();
      });
      return;
    case "ForStatement":
      loopWithElse(em, s.orelse, () => forStatement(em, s));
      return;
    case "TryStatement":
      tryStatement(em, s);
      return;
    case "WithStatement":
      withStatement(em, s, 0);
      return;
    case "FunctionDefinition":
      emitFunction(em, s);
      return;
    case "ClassDefinition":
      emitClass(em, s);
      return;
    case "UnsupportedStatement":
      line(
        em,
        `${em.unsupported(s, `${s.what.replace(/Statement$/, "").toLowerCase()} statement`)};`,
        s,
      );
      return;
  }
}

/** `return x`; in a coroutine a float result is boxed, since it may travel on through `gather`
 * or a task where its static type is lost. */
function returnStatement(em: Emitter, value: Expr | null): string {
  if (!value || em.fn.isConstructor) return "return;";
  const def = em.fn.scope.node;
  const coroutine = em.fn.scope.kind === "function" && "isAsync" in def && def.isAsync;
  if (coroutine && needsFloatBox(em, value))
    return `return ${em.rt("asFloat")}(${arg(em, value)});`;
  return `return ${expr(em, value).text};`;
}

/** `const`/`let`/nothing before a Name bound here, marking it declared. */
function declare(em: Emitter, name: string): "const " | "let " | "" {
  const owner = em.an.resolve(em.scope, name);
  if (owner !== em.scope || em.fn.declared.has(name)) return "";
  const kind = em.scope.decl.get(name);
  if (kind === "const" || kind === "let" || kind === "block") {
    em.fn.declared.add(name);
    return kind === "let" ? "let " : "const ";
  }
  return "";
}

/** Annotation → TS type text, for simple cases. */
export function tsType(e: Expr | null): string | null {
  if (!e) return null;
  if (e.kind === "VariableName") {
    const simple: Record<string, string> = {
      int: "number",
      float: "number",
      str: "string",
      bool: "boolean",
    };
    return simple[e.name] ?? null;
  }
  if (e.kind === "Constant" && e.value === null) return "null";
  if (
    e.kind === "SubscriptExpression" &&
    e.object.kind === "VariableName" &&
    e.object.name === "list"
  ) {
    const inner = tsType(e.index);
    return inner ? `${inner}[]` : null;
  }
  return null;
}

/** The JS for assigning `value` (already emitted) to one target. */
export function assignTo(em: Emitter, t: Expr, value: string, annotation: Expr | null): string {
  if (t.kind === "VariableName") {
    const d = declare(em, t.name);
    const annotated = d && tsType(annotation) ? `: ${tsType(annotation)}` : "";
    // For tsc: an empty list literal would be `never[]`; a `let` whose later values may have
    // another type must not take the first one's.
    const loose = d === "let " && em.scope.types.get(t.name) === "unknown" ? ": any" : "";
    const type = annotated || (d && value === "[]" ? ": any[]" : loose);
    return `${d}${em.nameRef(t.name)}${type} = ${value}`;
  }
  if (t.kind === "MemberExpression")
    return `${wrap(expr(em, t.object), Level.Call)}.${t.name} = ${value}`;
  if (t.kind === "SubscriptExpression") {
    if (t.index.kind === "SliceExpression") return em.unsupported(t, "assignment to a slice");
    return `${em.py("setitem")}(${arg(em, t.object)}, ${arg(em, t.index)}, ${value})`;
  }
  if (t.kind === "TupleExpression" || t.kind === "ArrayExpression") {
    const names = flatNames(t);
    if (!names) return em.unsupported(t, "unpacking into subscripts");
    const decls = new Set(names.map((n) => declare(em, n)));
    const d = decls.size === 1 ? [...decls][0] : "";
    const any = d === "let " ? ": any" : "";
    const star = t.elts.findIndex((x) => x.kind === "StarredExpression");
    const after = t.elts.slice(star + 1);
    if (star >= 0 && after.length) {
      // `first, *middle, last = xs`: JS rest elements come last, so the tail is split off after.
      const head = t.elts.slice(0, star + 1).map((x) => targetPattern(em, x));
      const rest = targetPattern(em, (t.elts[star] as { value: Expr }).value);
      const tail = `[${after.map((x) => targetPattern(em, x)).join(", ")}]`;
      return `${d}[${head.join(", ")}]${any} = ${value};\n${d}${tail}${any} = ${rest}.splice(-${after.length})`;
    }
    return `${d}${targetPattern(em, t)}${any} = ${value}`;
  }
  return em.unsupported(t, "this assignment target");
}

/** The names of a destructuring target made only of names and attributes, else null. */
function flatNames(t: Expr): string[] | null {
  if (t.kind === "VariableName") return [t.name];
  if (t.kind === "MemberExpression") return [];
  if (t.kind === "StarredExpression") return flatNames(t.value);
  if (t.kind === "TupleExpression" || t.kind === "ArrayExpression") {
    const out: string[] = [];
    for (const e of t.elts) {
      const n = flatNames(e);
      if (!n) return null;
      out.push(...n);
    }
    return out;
  }
  return null;
}

/** The value of an unpacking assignment: a JS array for a tuple display (no tuple needed). */
function unpackValue(em: Emitter, value: Expr): string {
  if (value.kind === "TupleExpression") {
    return `[${value.elts.map((e) => (e.kind === "StarredExpression" ? `...${iterable(em, e.value)}` : arg(em, e))).join(", ")}]`;
  }
  const t = em.type(value);
  if (t === "list" || t === "tuple") return arg(em, value);
  return `${em.py("iter")}(${arg(em, value)})`;
}

function assign(em: Emitter, s: Extract<Stmt, { kind: "AssignStatement" }>): void {
  if (!s.value) {
    em.trailingComment(s.to);
    return;
  }
  const value = s.value;
  const isUnpack = (t: Expr) => t.kind === "TupleExpression" || t.kind === "ArrayExpression";
  // A float stored in a container loses its static type: it is boxed like a list element.
  const valueText = (t: Expr) =>
    isUnpack(t)
      ? unpackValue(em, value)
      : t.kind === "SubscriptExpression" && needsFloatBox(em, value)
        ? textArg(em, value)
        : wrap(expr(em, value), Level.Assign - 1);
  if (s.targets.length === 1) {
    const t = s.targets[0];
    const text = assignTo(em, t, valueText(t), s.annotation);
    line(em, `${text};`, s);
    return;
  }
  // `a = b = value`: evaluate once, assign left to right.
  const first = s.targets[0];
  let source: string;
  if (first.kind === "VariableName") {
    em.out.line(`${assignTo(em, first, valueText(first), s.annotation)};`, s.from);
    source = em.nameRef(first.name);
  } else {
    source = em.temp("value");
    em.out.line(`${source} = ${wrap(expr(em, value), Level.Assign - 1)};`, s.from);
    em.out.line(`${assignTo(em, first, source, null)};`, s.from);
  }
  for (const t of s.targets.slice(1)) em.out.line(`${assignTo(em, t, source, null)};`, s.from);
  em.trailingComment(s.to);
}

const helperOps: Record<string, string> = {
  "/": "truediv",
  "//": "floordiv",
  "%": "mod",
  "**": "pow",
};

function update(em: Emitter, s: Extract<Stmt, { kind: "UpdateStatement" }>): void {
  const t = s.target;
  const known = (x: Expr) => isNumeric(em.type(x)) && em.type(x) !== "num";
  const numbers =
    known(t) &&
    known(s.value) &&
    plainArithmeticExact(s.op, t, s.value, em.type(t), em.type(s.value));
  const numeric = isNumeric(em.type(t)) && isNumeric(em.type(s.value));
  const strings = em.type(t) === "str" && em.type(s.value) === "str";
  const value = wrap(expr(em, s.value), Level.Assign - 1);
  if (t.kind === "SubscriptExpression") {
    const obj = arg(em, t.object);
    const key = arg(em, t.index);
    const current = `${em.py("getitem")}(${obj}, ${key})`;
    const combined = combine(em, s.op, current, value, numbers, numeric);
    line(em, `${em.py("setitem")}(${obj}, ${key}, ${combined});`, s);
    return;
  }
  // `x += 1` reads x first: where it may be unbound, that read is checked on its own line.
  if (t.kind === "VariableName" && em.an.unboundReads.has(t))
    em.out.line(`${em.nameRead(t)};`, s.from);
  const target =
    t.kind === "VariableName"
      ? em.nameRef(t.name)
      : t.kind === "MemberExpression"
        ? memberTarget(em, t)
        : expr(em, t).text;
  const bitwise = s.op in bitwiseHelpers;
  const ints = em.type(t) === "int" && em.type(s.value) === "int";
  const arithmetic = numbers && (s.op === "+" || s.op === "-" || s.op === "*");
  if (
    (bitwise && ints && jsBitwiseWorks(s.op, t, s.value)) ||
    arithmetic ||
    (strings && s.op === "+")
  ) {
    line(em, `${target} ${s.op}= ${value};`, s);
    return;
  }
  const method = inPlaceMethod(em.type(t), s.op);
  if (method) {
    line(em, `${wrap(expr(em, t), Level.Call)}.${method}(${arg(em, s.value)});`, s);
    return;
  }
  line(em, `${target} = ${combine(em, s.op, target, value, numbers, numeric)};`, s);
}

/** Python's in-place operators on lists, sets and dicts mutate the object (other names for it
 * see the change): `xs += ys` is `xs.extend(ys)`, `s |= t` is `s.update(t)`. */
function inPlaceMethod(t: string, op: string): string | null {
  if (t === "list" && op === "+") return "extend";
  if (t === "dict" && op === "|") return "update";
  if (t === "set" && op === "|") return "update";
  return null;
}

/** In-place helpers (contract §1): `__iadd__`… first, lists/sets/dicts updated in place. */
const inPlaceHelpers: Record<string, string> = {
  "+": "iadd",
  "-": "isub",
  "*": "imul",
  "|": "ior",
  "&": "iand",
  "^": "ixor",
};

/** `a op= b` as an expression; `numbers`: both known ints/floats, `numeric`: both int-or-float
 * (immutable, so the binary helper is the in-place one). */
function combine(
  em: Emitter,
  op: string,
  a: string,
  b: string,
  numbers: boolean,
  numeric: boolean,
): string {
  if (numbers && (op === "+" || op === "-" || op === "*")) return `${a} ${op} ${b}`;
  const binaryHelpers: Record<string, string> = { "+": "add", "-": "sub", "*": "mul" };
  if (numeric && binaryHelpers[op]) return `${em.py(binaryHelpers[op])}(${a}, ${b})`;
  if (inPlaceHelpers[op]) return `${em.py(inPlaceHelpers[op])}(${a}, ${b})`;
  if (helperOps[op]) return `${em.py(helperOps[op])}(${a}, ${b})`;
  if (bitwiseHelpers[op]) return `${em.py(bitwiseHelpers[op])}(${a}, ${b})`;
  return `${a} ${op} ${b}`;
}

function del(em: Emitter, t: Expr): string {
  if (t.kind === "SubscriptExpression" && t.index.kind === "SliceExpression") {
    return em.unsupported(t, "deleting a slice");
  }
  if (t.kind === "SubscriptExpression")
    return `${em.py("delitem")}(${arg(em, t.object)}, ${arg(em, t.index)})`;
  if (t.kind === "MemberExpression")
    return `delete ${wrap(expr(em, t.object), Level.Call)}.${t.name}`;
  if (t.kind === "VariableName") {
    // The name keeps its declaration and holds the unbound marker (see unbound.ts).
    const ref = em.nameRef(t.name);
    return `${ref} = ${em.py("del")}(${ref}, ${JSON.stringify(t.name)}, "${em.unboundKind(t.name)}")`;
  }
  return em.unsupported(t, "this del target");
}

function raise(em: Emitter, s: Extract<Stmt, { kind: "RaiseStatement" }>): string {
  if (!s.exc) {
    const current = em.catchVars[em.catchVars.length - 1];
    if (current) return `throw ${current};`;
    return `throw new ${em.rt("RuntimeError")}("No active exception to reraise");`;
  }
  const e = s.exc;
  let exc = e.kind === "CallExpression" ? emitCall(em, e, true).text : expr(em, e).text;
  const owner = e.kind === "VariableName" ? em.an.resolve(em.scope, e.name) : null;
  const isClassName =
    (e.kind === "VariableName" &&
      (em.an.classOf(em.scope, e.name) ||
        (!em.an.resolve(em.scope, e.name) && exceptionNames.has(e.name)))) ||
    (e.kind === "MemberExpression" && e.object.kind === "VariableName" && /Error$/.test(e.name));
  if (owner && e.kind === "VariableName" && holdsClass(em, owner, e.name)) {
    // `raise exc` with a class held in a name instantiates it.
    exc = `${em.py("call")}(${exc})`;
  } else if (isClassName) {
    exc = `new ${exc}()`;
  } else if (e.kind !== "CallExpression") {
    // An exception made before (`raise e`): its traceback takes in this line (py.raising).
    exc = `${em.py("raising")}(${exc})`;
  }
  const props: string[] = [];
  // Raised while handling another exception: Python chains it as __context__.
  const handling = em.catchVars[em.catchVars.length - 1];
  const reraise = e.kind === "VariableName" && em.nameRef(e.name) === handling;
  if (handling && !reraise) props.push(`__context__: ${handling}`);
  if (s.cause) {
    const cause = s.cause.kind === "Constant" && s.cause.value === null ? "null" : arg(em, s.cause);
    props.push(`__cause__: ${cause}`, "__suppress_context__: true");
  }
  if (props.length) return `throw Object.assign(${exc}, { ${props.join(", ")} });`;
  return `throw ${exc};`;
}

function isMainGuard(em: Emitter, test: Expr): boolean {
  if (test.kind !== "Compare" || test.ops.length !== 1 || test.ops[0] !== "==") return false;
  const [a, b] = test.operands;
  const isName = (x: Expr) =>
    x.kind === "VariableName" && x.name === "__name__" && !em.an.resolve(em.scope, "__name__");
  const isMain = (x: Expr) => x.kind === "String" && x.value === "__main__";
  return (isName(a) && isMain(b)) || (isName(b) && isMain(a));
}

function ifStatement(em: Emitter, s: IfStatement): void {
  if (
    em.scope.kind === "module" &&
    s.branches.length === 1 &&
    isMainGuard(em, s.branches[0].test)
  ) {
    // Kept visible as a comment, so the Python and TypeScript panes line up.
    const test = em.source.slice(s.branches[0].test.from, s.branches[0].test.to);
    em.out.line(`// if ${test}:${em.trailingComment(s.branches[0].test.to)}`, s.from);
    block(em, s.branches[0].body);
    return;
  }
  s.branches.forEach((b, i) => {
    const test = condition(em, b.test).text;
    if (i === 0) em.out.open(`if (${test})`, b.span.from);
    else em.out.reopen(`else if (${test})`, b.span.from);
    block(em, b.body);
  });
  if (s.orelse) {
    em.out.reopen("else");
    block(em, s.orelse);
  }
  em.out.close();
}

/** Runs `emitLoop` inside a labeled block when the loop has an `else` (break skips it). */
function loopWithElse(em: Emitter, orelse: Stmt[] | null, emitLoop: () => void): void {
  if (!orelse) {
    em.loopLabels.push(null);
    emitLoop();
    em.loopLabels.pop();
    return;
  }
  const label = em.names.claimFreeName("loop");
  em.out.open(`${label}:`);
  em.loopLabels.push(label);
  emitLoop();
  em.loopLabels.pop();
  block(em, orelse);
  em.out.close();
}

function forStatement(em: Emitter, s: ForStatement): void {
  const rangeLoop = countingLoop(em, s);
  const header =
    rangeLoop ??
    (() => {
      const names = flatNames(s.target);
      const inplace =
        names?.length &&
        names.every(
          (n) => em.scope.decl.get(n) === "inplace" && em.an.resolve(em.scope, n) === em.scope,
        );
      const pattern = targetPattern(em, s.target);
      const iter = s.isAsync ? asyncIterable(em, s.iter) : iterable(em, s.iter);
      return `for ${s.isAsync ? "await " : ""}(${inplace ? "const " : ""}${pattern} of ${iter})`;
    })();
  em.out.open(header, s.from);
  block(em, s.body);
  em.out.close();
}

/** `for i in range(…)` with literal/stable bounds → a counting `for (let i = …; …; i++)`. */
function countingLoop(em: Emitter, s: ForStatement): string | null {
  const it = s.iter;
  if (s.isAsync || s.target.kind !== "VariableName") return null;
  if (it.kind !== "CallExpression" || it.func.kind !== "VariableName" || it.func.name !== "range")
    return null;
  if (em.an.resolve(em.scope, "range") || it.args.some((a) => a.type !== "positional")) return null;
  const name = s.target.name;
  if (em.scope.decl.get(name) !== "inplace" || em.an.resolve(em.scope, name) !== em.scope)
    return null;
  const args = it.args.map((a) => a.value);
  const stable = (e: Expr): boolean => {
    if (e.kind === "Number") return !e.isFloat;
    if (e.kind === "UnaryExpression" && e.op === "-") return stable(e.operand);
    if (e.kind === "VariableName") {
      const owner = em.an.resolve(em.scope, e.name);
      return !!owner && (owner.bindings.get(e.name)?.length ?? 0) <= 1 && em.type(e) === "int";
    }
    if (e.kind === "BinaryExpression" && (e.op === "+" || e.op === "-"))
      return stable(e.left) && stable(e.right);
    return false;
  };
  if (args.length === 0 || args.length > 3 || !args.every(stable)) return null;
  const start = args.length >= 2 ? expr(em, args[0]).text : "0";
  const stop = wrap(expr(em, args.length >= 2 ? args[1] : args[0]), Level.Compare);
  let step = 1;
  if (args.length === 3) {
    const st = args[2];
    if (st.kind === "Number") step = st.value;
    else if (st.kind === "UnaryExpression" && st.operand.kind === "Number")
      step = -st.operand.value;
    else return null;
    if (step === 0) return null;
  }
  const v = em.nameRef(name);
  const cmp = step > 0 ? "<" : ">";
  const inc =
    step === 1
      ? `${v}++`
      : step === -1
        ? `${v}--`
        : step > 0
          ? `${v} += ${step}`
          : `${v} -= ${-step}`;
  return `for (let ${v} = ${start}; ${v} ${cmp} ${stop}; ${inc})`;
}

/** Reports imports of modules the runtime does not provide (typing-only modules are dropped). */
function checkImport(em: Emitter, s: Extract<Stmt, { kind: "ImportStatement" }>): void {
  const known = (m: string) => runtimeModules.has(m) || ignoredModules.has(m);
  const missing =
    s.module !== null
      ? !known(s.module.split(".")[0]) && !s.module.startsWith(".")
        ? s.module
        : null
      : (s.names.find((n) => !known(n.name.split(".")[0]))?.name ?? null);
  if (missing && em.importGuards > 0) {
    // `try: import ujson` / `except ImportError:` — the module is missing here, as it may be.
    const err = em.rt("ModuleNotFoundError");
    const root = missing.split(".")[0];
    line(em, `throw new ${err}(${JSON.stringify(`No module named '${root}'`)});`, s);
    return;
  }
  const members = s.module !== null ? moduleMembers[s.module] : undefined;
  for (const n of members ? s.names : []) {
    if (!members?.has(n.name)) em.unsupported(n.span, `${s.module}.${n.name}`);
  }
  if (s.module !== null) {
    const root = s.module.split(".")[0];
    if (!known(root) || s.module.startsWith(".")) {
      const at = em.source.indexOf(s.module, s.from);
      em.unsupported({ from: at, to: at + s.module.length }, `the '${s.module}' module`);
    } else if (s.module !== root && !ignoredModules.has(root)) {
      const at = em.source.indexOf(s.module, s.from);
      em.unsupported({ from: at, to: at + s.module.length }, `the '${s.module}' module`);
    }
    return;
  }
  for (const n of s.names) {
    if (!known(n.name.split(".")[0]) || n.name.includes(".")) {
      em.unsupported(n.span, `the '${n.name}' module`);
    }
  }
}
