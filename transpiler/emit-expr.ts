// Python expressions → JavaScript expressions (text + precedence level). Plain JS operators where
// the static types make them Python's; `py.*` helpers where Python's semantics differ.
import type {
  ClassDefinition,
  Comprehension,
  Expr,
  FormatPart,
  LambdaExpression,
  Param,
} from "./ast.js";
import { isDataclassField } from "./dataclass.js";
import { emitCall } from "./emit-call.js";
import type { Emitter } from "./emitter.js";
import { selfClass } from "./infer-calls.js";
import { atom, binary, type Js, Level, wrap } from "./precedence.js";
import {
  ignoredModules,
  iterableBuiltins,
  moduleMembers,
  unsupportedBuiltins,
} from "./runtime-names.js";
import type { Scope } from "./scope.js";
import { hasJsTruthiness, isNumeric, isPrimitive, type PyType } from "./types.js";
import { exprChildren, mentions } from "./visit.js";

/** Emits an expression. */
export function expr(em: Emitter, e: Expr): Js {
  switch (e.kind) {
    case "VariableName": {
      const typing = em.an.importedFrom(em.scope, e.name);
      if (typing && ignoredModules.has(typing.module.split(".")[0])) {
        // Typing-only imports are dropped; at run time only TYPE_CHECKING has a meaning.
        if (typing.name === "TYPE_CHECKING") return atom("false");
        return atom(
          em.unsupported(e, `using '${typing.name}' from '${typing.module}' at run time`),
        );
      }
      if (unsupportedBuiltins.has(e.name) && !em.an.resolve(em.scope, e.name)) {
        return atom(em.unsupported(e, `the builtin '${e.name}'`));
      }
      return atom(em.nameRead(e));
    }
    case "Number":
      return atom(
        em.source
          .slice(e.from, e.to)
          .replace(/_/g, "")
          .replace(/^0([BOX])/, (m) => m.toLowerCase()),
      );
    case "String":
      return atom(JSON.stringify(e.value));
    case "FormatString":
      return atom(template(em, e.parts));
    case "Constant":
      return atom(e.value === null ? "null" : e.value === "..." ? "undefined" : String(e.value));
    case "BinaryExpression":
      return binaryOp(em, e.op, e.left, e.right);
    case "BoolOp":
      return boolOp(em, e.op, e.left, e.right);
    case "Compare":
      return compare(em, e.ops, e.operands);
    case "UnaryExpression": {
      if (e.op === "not")
        return {
          text: `!${wrap(condition(em, e.operand), Level.Prefix - 1)}`,
          level: Level.Prefix,
        };
      const operandType = em.type(e.operand);
      const plainNumber = isNumeric(operandType) && operandType !== "num";
      if (e.op === "-" && !plainNumber && e.operand.kind !== "Number") {
        return atom(`${em.py("neg")}(${arg(em, e.operand)})`);
      }
      if (e.op === "~" && !smallLiteral(e.operand)) {
        return atom(`${em.py("invert")}(${arg(em, e.operand)})`);
      }
      // `-(-x)`: no `--x` (a decrement in JS).
      const operand = wrap(expr(em, e.operand), Level.Prefix - 1);
      const text = operand.startsWith(e.op) ? `${e.op}(${operand})` : `${e.op}${operand}`;
      return { text, level: Level.Prefix };
    }
    case "AwaitExpression": {
      // Awaiting a held task/future: the runtime records this line for tracebacks (contract §1).
      const held = e.value.kind === "VariableName" || e.value.kind === "MemberExpression";
      if (held || notAwaitable(em, e.value))
        return { text: `await ${em.py("awaiting")}(${arg(em, e.value)})`, level: Level.Prefix };
      return { text: `await ${wrap(expr(em, e.value), Level.Prefix - 1)}`, level: Level.Prefix };
    }
    case "TupleExpression":
      return atom(
        e.elts.length ? `${em.rt("tuple")}(${elements(em, e.elts)})` : `${em.rt("tuple")}()`,
      );
    case "ArrayExpression":
      return atom(
        bracketed(
          "[",
          e.elts.map((x) => element(em, x)),
          "]",
        ),
      );
    case "SetExpression":
      // CPython builds a display of 3+ constants from a frozenset constant (another order).
      if (e.elts.length >= 3 && e.elts.every(isConstant)) {
        return atom(`${em.rt("set")}.display(${elements(em, e.elts)})`);
      }
      return atom(`${em.rt("set")}(${elements(em, e.elts)})`);
    case "DictionaryExpression":
      return atom(dictionary(em, e));
    case "ArrayComprehensionExpression":
    case "SetComprehensionExpression":
    case "DictionaryComprehensionExpression":
    case "ComprehensionExpression":
      return comprehension(em, e);
    case "CallExpression":
      return emitCall(em, e);
    case "MemberExpression":
      return member(em, e);
    case "SubscriptExpression":
      return subscript(em, e.object, e.index);
    case "SliceExpression":
      return atom(em.unsupported(e, "slice outside a subscript"));
    case "ConditionalExpression":
      return {
        text: `${wrap(condition(em, e.test), Level.Conditional)} ? ${wrap(expr(em, e.body), Level.Yield)} : ${wrap(expr(em, e.orelse), Level.Yield)}`,
        level: Level.Conditional,
      };
    case "LambdaExpression":
      return lambda(em, e);
    case "YieldExpression": {
      const kw = e.isFrom ? "yield*" : "yield";
      const text = e.value ? `${kw} ${wrap(expr(em, e.value), Level.Yield)}` : kw;
      return { text, level: Level.Yield };
    }
    case "StarredExpression":
      return { text: `...${wrap(expr(em, e.value), Level.Spread)}`, level: Level.Spread };
    case "NamedExpression":
      return {
        text: `${em.nameRef(e.target.name)} = ${wrap(expr(em, e.value), Level.Assign - 1)}`,
        level: Level.Assign,
      };
    case "Unsupported":
      return atom(`(() => { throw new Error("not supported yet: ${e.what}"); })()`);
  }
}

/** Methods of runtime objects that programs pass around as callbacks (bound by `py.getattr`). */
const runtimeMethods = new Set([
  "set_result",
  "set_exception",
  "cancel",
  "result",
  "done",
  "put_nowait",
  "get_nowait",
  "put",
  "get",
  "append",
  "add",
  "set",
  "release",
  "acquire",
  "wait",
  "notify",
  "notify_all",
]);

/** `o.name`, or `py.getattr(o, "name")` (a bound method) when `name` may be a method read as a
 * value rather than called. */
function member(em: Emitter, e: Extract<Expr, { kind: "MemberExpression" }>): Js {
  const obj = e.object;
  const isModule = obj.kind === "VariableName" && em.nameRef(obj.name) !== em.names.js(obj.name);
  // Attributes are JS properties: `obj.__dict__` is a dict made of them (writes go through).
  const isSelf = obj.kind === "VariableName" && em.nameRef(obj.name) === "this";
  if (e.name === "__dict__" && (!isModule || isSelf)) {
    return atom(`${em.py("dictOf")}(${arg(em, obj)})`);
  }
  const cls =
    obj.kind === "VariableName"
      ? (selfClass(em.an, em.scope, obj.name) ?? em.an.instanceOf(em.scope, obj.name))
      : null;
  if (obj.kind === "VariableName") {
    // A name the runtime's partial module lacks (`dataclasses.make_dataclass`).
    for (const [m, members] of Object.entries(moduleMembers)) {
      if (!members.has(e.name) && em.an.isModule(em.scope, obj.name, m)) {
        return atom(em.unsupported(e, `${m}.${e.name}`));
      }
    }
  }
  const inClassMethod =
    obj.kind === "VariableName" && em.nameRef(obj.name) === "this" && isClassMethodScope(em);
  if (cls && classAttribute(em, cls, e.name) && !inClassMethod) {
    // A class attribute read through `self`: JS keeps it on the class (`static`).
    return atom(`${wrap(expr(em, obj), Level.Call)}.constructor.${e.name}`);
  }
  const ownerClass = obj.kind === "VariableName" ? em.an.classOf(em.scope, obj.name) : null;
  if (ownerClass && instanceMethod(ownerClass, e.name)) {
    // `Cls.method`: Python's plain function takes the instance first; JS's uses `this`.
    const fn = `${wrap(expr(em, obj), Level.Call)}.prototype.${e.name}`;
    return { text: `(self, ...args) => ${fn}.call(self, ...args)`, level: Level.Assign };
  }
  if (!isModule && (em.methodNames.has(e.name) || runtimeMethods.has(e.name))) {
    return atom(`${em.py("getattr")}(${arg(em, obj)}, ${JSON.stringify(e.name)})`);
  }
  // Perhaps a class attribute (a JS static) read through an instance of unknown class.
  if (!isModule && !cls && !ownerClass && !inClassMethod && anyClassAttribute(em, e.name)) {
    return atom(`${em.py("getattr")}(${arg(em, obj)}, ${JSON.stringify(e.name)})`);
  }
  return atom(`${attributeOwner(em, obj)}.${e.name}`);
}

/** The JS for `obj` in `obj.attr`: `Cls.method` is the prototype's function itself (its
 * attributes, such as an `lru_cache`'s `cache_info`, are the function's), not a wrapper. */
export function attributeOwner(em: Emitter, obj: Expr): string {
  if (obj.kind === "MemberExpression" && obj.object.kind === "VariableName") {
    const cls = em.an.classOf(em.scope, obj.object.name);
    if (cls && instanceMethod(cls, obj.name)) {
      return `${wrap(expr(em, obj.object), Level.Call)}.prototype.${obj.name}`;
    }
  }
  return wrap(expr(em, obj), Level.Call);
}

/** Whether some class of the module has `name` as a class attribute. */
function anyClassAttribute(em: Emitter, name: string): boolean {
  for (const s of em.an.scopes.values()) {
    if (s.kind === "class" && classAttribute(em, s.node as ClassDefinition, name)) return true;
  }
  return false;
}

/** Whether `cls` itself defines `name` as a plain (not static, class or property) method. */
export function instanceMethod(cls: ClassDefinition, name: string): boolean {
  return cls.body.some(
    (st) =>
      st.kind === "FunctionDefinition" &&
      st.name === name &&
      name !== "__init__" &&
      !st.decorators.some(
        (d) =>
          d.kind === "VariableName" && ["staticmethod", "classmethod", "property"].includes(d.name),
      ),
  );
}

/** Whether the JS function being emitted is a `@classmethod` (`this` is the class). */
function isClassMethodScope(em: Emitter): boolean {
  const def = em.fn.scope.node as { decorators?: Expr[] };
  return (
    em.fn.scope.kind === "function" &&
    !!def.decorators?.some((d) => d.kind === "VariableName" && d.name === "classmethod")
  );
}

/** Whether `name` is assigned in the body of `cls` (or a base) and never through `self`. */
function classAttribute(em: Emitter, cls: ClassDefinition, name: string): boolean {
  for (let c: ClassDefinition | null = cls, depth = 0; c && depth < 10; depth++) {
    if (em.an.attrWrites.get(c)?.has(name)) return false;
    // A dataclass field is an instance attribute (its default is only the class's).
    if (isDataclassField(em.an, c, name)) return false;
    const defines = c.body.some(
      (st) =>
        st.kind === "AssignStatement" &&
        st.value &&
        st.targets.some((t) => t.kind === "VariableName" && t.name === name),
    );
    if (defines) return true;
    const base: Expr | undefined = c.bases[0];
    const scope: Scope | null | undefined = em.an.scopes.get(c)?.parent;
    c = base?.kind === "VariableName" && scope ? em.an.classOf(scope, base.name) : null;
  }
  return false;
}

/** `o.name` as an assignment target or callee (never a bound-method read). */
export function memberTarget(em: Emitter, e: Extract<Expr, { kind: "MemberExpression" }>): string {
  return `${wrap(expr(em, e.object), Level.Call)}.${e.name}`;
}

/** An expression as a call argument / list element (no comma operator inside). */
export function arg(em: Emitter, e: Expr): string {
  return wrap(expr(em, e), Level.Comma);
}

/** Whether a value of this expression may need `asFloat` to print as a Python float. */
export function needsFloatBox(em: Emitter, e: Expr): boolean {
  if (e.kind === "Number") return e.isFloat && Number.isInteger(e.value);
  if (e.kind === "UnaryExpression" && e.operand.kind === "Number")
    return needsFloatBox(em, e.operand);
  return em.type(e) === "float";
}

/** An argument that becomes text: float-typed values are boxed with `asFloat`. */
export function textArg(em: Emitter, e: Expr): string {
  if (e.kind === "StarredExpression") return element(em, e);
  if (needsFloatBox(em, e)) return `${em.rt("asFloat")}(${arg(em, e)})`;
  return arg(em, e);
}

/** A display element: `...py.iter(x)` for `*x`, floats boxed. */
export function element(em: Emitter, e: Expr): string {
  if (e.kind === "StarredExpression") return `...${iterable(em, e.value)}`;
  return textArg(em, e);
}

function elements(em: Emitter, elts: Expr[]): string {
  return bracketed(
    "[",
    elts.map((x) => element(em, x)),
    "]",
  );
}

/** An iterable for `for … of` / spreads: `py.iter(x)` unless JS iteration is already Python's. */
export function iterable(em: Emitter, e: Expr): string {
  const t = em.type(e);
  if (t === "list" || t === "tuple" || t === "str") return arg(em, e);
  if (e.kind === "ArrayExpression" || e.kind === "TupleExpression") return arg(em, e);
  // Comprehensions and generator expressions are emitted as arrays.
  if (e.kind === "ArrayComprehensionExpression" || e.kind === "ComprehensionExpression") {
    return arg(em, e);
  }
  if (
    e.kind === "CallExpression" &&
    e.func.kind === "VariableName" &&
    iterableBuiltins.has(e.func.name) &&
    !em.an.resolve(em.scope, e.func.name)
  ) {
    return arg(em, e);
  }
  return `${em.py("iter")}(${arg(em, e)})`;
}

/** A test in boolean context: `py.truthy(x)` unless JS truthiness is already Python's. */
export function condition(em: Emitter, e: Expr): Js {
  if (e.kind === "BoolOp") {
    const op = e.op === "and" ? "&&" : "||";
    return binary(condition(em, e.left), op, condition(em, e.right));
  }
  if (e.kind === "UnaryExpression" && e.op === "not") {
    return { text: `!${wrap(condition(em, e.operand), Level.Prefix - 1)}`, level: Level.Prefix };
  }
  if (e.kind === "Compare" || hasJsTruthiness(em.type(e)) || e.kind === "Constant")
    return expr(em, e);
  return atom(`${em.py("truthy")}(${arg(em, e)})`);
}

/** A value CPython's compiler folds to a constant: a literal, `-1`, a tuple of constants. */
function isConstant(e: Expr): boolean {
  if (e.kind === "Number" || e.kind === "String" || e.kind === "Constant") return true;
  if (e.kind === "UnaryExpression") return e.op !== "not" && e.operand.kind === "Number";
  return e.kind === "TupleExpression" && e.elts.every(isConstant);
}

function isSimple(e: Expr): boolean {
  return (
    e.kind === "VariableName" ||
    e.kind === "Number" ||
    e.kind === "String" ||
    e.kind === "Constant" ||
    (e.kind === "MemberExpression" && isSimple(e.object))
  );
}

function boolOp(em: Emitter, op: "and" | "or", left: Expr, right: Expr): Js {
  const lt = em.type(left);
  const rt = em.type(right);
  if (hasJsTruthiness(lt) && (lt === rt || (isNumeric(lt) && isNumeric(rt)))) {
    return binary(expr(em, left), op === "and" ? "&&" : "||", expr(em, right));
  }
  if (lt === "bool") return binary(expr(em, left), op === "and" ? "&&" : "||", expr(em, right));
  let test: string;
  let value: string;
  if (isSimple(left)) {
    value = wrap(expr(em, left), Level.Conditional);
    test = wrap(condition(em, left), Level.Conditional);
  } else {
    const t = em.temp("t");
    value = t;
    test = hasJsTruthiness(lt)
      ? `(${t} = ${arg(em, left)})`
      : `${em.py("truthy")}(${t} = ${arg(em, left)})`;
  }
  const r = wrap(expr(em, right), Level.Yield);
  const text = op === "or" ? `${test} ? ${value} : ${r}` : `${test} ? ${r} : ${value}`;
  return { text, level: Level.Conditional };
}

const arithmetic: Record<string, string> = {
  "//": "floordiv",
  "%": "mod",
  "**": "pow",
  "/": "truediv",
};

function binaryOp(em: Emitter, op: string, left: Expr, right: Expr): Js {
  const lt = em.type(left);
  const rt = em.type(right);
  // "num" (int or float, not known which) goes through the helpers, which keep a float a float
  // at run time (`total = 0; total += 0.5; total += 0.5` prints 1.0).
  const numbers = isNumeric(lt) && isNumeric(rt) && lt !== "num" && rt !== "num";
  // Ints may outgrow 2^53, where JS numbers lose digits: only the helpers check (contract §3).
  const exact = numbers && plainArithmeticExact(op, left, right, lt, rt);
  const l = () => expr(em, left);
  const r = () => expr(em, right);
  switch (op) {
    case "+":
      if (exact || (lt === "str" && rt === "str")) return binary(l(), "+", r());
      return atom(`${em.py("add")}(${arg(em, left)}, ${arg(em, right)})`);
    case "*":
      if (exact) return binary(l(), "*", r());
      // A float that may be integral is boxed: `[1] * 2.0` raises instead of repeating.
      return atom(`${em.py("mul")}(${textArg(em, left)}, ${textArg(em, right)})`);
    case "-":
      // Non-numbers (sets, datetimes) subtract through their dunders.
      if (exact) return binary(l(), "-", r());
      return atom(`${em.py("sub")}(${arg(em, left)}, ${arg(em, right)})`);
    case "&":
    case "|":
    case "^":
    case "<<":
    case ">>":
      if (lt === "int" && rt === "int" && jsBitwiseWorks(op, left, right)) {
        return binary(l(), op, r());
      }
      return atom(`${em.py(bitwiseHelpers[op])}(${arg(em, left)}, ${arg(em, right)})`);
    case "/":
      // Always a float (boxed where it becomes text), so plain `/` even for "num" operands.
      if (isNumeric(lt) && isNumeric(rt) && right.kind === "Number" && right.value !== 0) {
        return binary(l(), "/", r());
      }
      return atom(`${em.py("truediv")}(${arg(em, left)}, ${arg(em, right)})`);
    case "%":
      if (lt === "str") return atom(`${em.py("mod")}(${arg(em, left)}, ${percentArgs(em, right)})`);
      return atom(`${em.py("mod")}(${arg(em, left)}, ${arg(em, right)})`);
    case "//":
      if (numbers && right.kind === "Number" && right.value !== 0) {
        return atom(`Math.floor(${wrap(binary(l(), "/", r()), Level.Comma)})`);
      }
      return atom(`${em.py("floordiv")}(${arg(em, left)}, ${arg(em, right)})`);
    case "**":
      return atom(`${em.py(arithmetic[op])}(${arg(em, left)}, ${arg(em, right)})`);
    default:
      return atom(em.unsupported(left, `the '${op}' operator`));
  }
}

/**
 * Whether JS's `+`/`-`/`*` on these numbers gives Python's result: with a float operand (both are
 * IEEE doubles), or with a small int literal operand (`i + 1`, `n * 10`: counters and scaled
 * values stay far below 2^53). Int arithmetic between two values (`a + b` in a Fibonacci loop,
 * `result *= i` in a factorial) goes through the helpers, which redo a result beyond 2^53 exactly
 * or raise OverflowError (contract §3).
 */
export function plainArithmeticExact(
  op: string,
  left: Expr,
  right: Expr,
  lt: PyType,
  rt: PyType,
): boolean {
  if (lt === "float" || rt === "float") return true;
  const small = (e: Expr): boolean =>
    (e.kind === "Number" && !e.isFloat && Math.abs(e.value) <= 1000) ||
    (e.kind === "UnaryExpression" && e.op === "-" && small(e.operand));
  return (op === "+" || op === "-" || op === "*") && (small(left) || small(right));
}

/** The `operator`-named runtime helpers for bit operators (sets, dicts, bools, big ints). */
export const bitwiseHelpers: Record<string, string> = {
  "&": "and_",
  "|": "or_",
  "^": "xor",
  "<<": "lshift",
  ">>": "rshift",
};

/** A non-negative int literal below 2^31, which JS's 32-bit bit operators keep exact. */
function smallLiteral(e: Expr): boolean {
  return e.kind === "Number" && !e.isFloat && e.value >= 0 && e.value < 2 ** 31;
}

/** Whether JS's 32-bit operator gives Python's result for these int operands: `x & 0xff` (a
 * small mask keeps only low bits, which JS keeps for any safe int), or two small literals whose
 * result stays small. */
export function jsBitwiseWorks(op: string, left: Expr, right: Expr): boolean {
  if (op === "&" && (smallLiteral(left) || smallLiteral(right))) return true;
  if (!smallLiteral(left) || !smallLiteral(right)) return false;
  if (left.kind !== "Number" || right.kind !== "Number") return false;
  return op !== "<<" || left.value * 2 ** right.value < 2 ** 31;
}

/** The right operand of `str % args`: float fields boxed so `%s` prints `1.0`. */
function percentArgs(em: Emitter, right: Expr): string {
  if (right.kind === "TupleExpression") {
    return `${em.rt("tuple")}([${right.elts.map((x) => textArg(em, x)).join(", ")}])`;
  }
  return textArg(em, right);
}

const jsCompare: Record<string, string> = { "<": "<", "<=": "<=", ">": ">", ">=": ">=" };
const pyCompare: Record<string, string> = { "<": "lt", "<=": "le", ">": "gt", ">=": "ge" };

function isNone(e: Expr): boolean {
  return e.kind === "Constant" && e.value === null;
}

/** JS `===` agrees with Python `==`: ints, strs, bools and None on both sides (`True == 1` does
 * not), or a string literal against a value of unknown type. */
function strictEqualityWorks(a: Expr, ta: PyType, b: Expr, tb: PyType): boolean {
  // Floats may be `asFloat` boxes (objects), which `===` compares by identity.
  const boxed = (t: PyType) => t === "float" || t === "num";
  if (boxed(ta) || boxed(tb)) return false;
  if (isPrimitive(ta) && isPrimitive(tb)) return ta === tb || (ta !== "bool" && tb !== "bool");
  return (a.kind === "String" && tb === "unknown") || (b.kind === "String" && ta === "unknown");
}

/** One comparison `a op b` with both sides already emitted. */
function compareOne(em: Emitter, op: string, a: Expr, b: Expr, ja: Js, jb: Js): Js {
  const ta = em.type(a);
  const tb = em.type(b);
  switch (op) {
    case "==":
    case "!=": {
      const neg = op === "!=";
      if (isNone(a) || isNone(b)) {
        const other = isNone(a) ? jb : ja;
        return binary(other, neg ? "!=" : "==", atom("null"));
      }
      if (strictEqualityWorks(a, ta, b, tb)) return binary(ja, neg ? "!==" : "===", jb);
      return atom(
        `${em.py(neg ? "ne" : "eq")}(${wrap(ja, Level.Comma)}, ${wrap(jb, Level.Comma)})`,
      );
    }
    case "is":
    case "is not": {
      const neg = op === "is not";
      if (isNone(a) || isNone(b)) {
        const other = isNone(a) ? jb : ja;
        return binary(other, neg ? "!=" : "==", atom("null"));
      }
      return binary(ja, neg ? "!==" : "===", jb);
    }
    case "in":
    case "not in": {
      const call = atom(`${em.py("contains")}(${wrap(jb, Level.Comma)}, ${wrap(ja, Level.Comma)})`);
      return op === "in" ? call : { text: `!${call.text}`, level: Level.Prefix };
    }
    default:
      if ((isNumeric(ta) && isNumeric(tb)) || (ta === "str" && tb === "str")) {
        return binary(ja, jsCompare[op], jb);
      }
      return atom(
        `${em.py(pyCompare[op] ?? "eq")}(${wrap(ja, Level.Comma)}, ${wrap(jb, Level.Comma)})`,
      );
  }
}

function compare(em: Emitter, ops: string[], operands: Expr[]): Js {
  if (ops.length === 1) {
    return compareOne(
      em,
      ops[0],
      operands[0],
      operands[1],
      expr(em, operands[0]),
      expr(em, operands[1]),
    );
  }
  // `a < b < c` → `a < b && b < c`, with a temporary when `b` has side effects.
  const parts: Js[] = [];
  let left = expr(em, operands[0]);
  for (let i = 0; i < ops.length; i++) {
    const next = operands[i + 1];
    let right = expr(em, next);
    let rightAgain = right;
    if (i < ops.length - 1 && !isSimple(next)) {
      const t = em.temp("t");
      right = { text: `(${t} = ${wrap(right, Level.Assign - 1)})`, level: Level.Member };
      rightAgain = atom(t);
    }
    parts.push(compareOne(em, ops[i], operands[i], next, left, right));
    left = rightAgain;
  }
  return parts.reduce((a, b) => binary(a, "&&", b));
}

function dictionary(em: Emitter, e: Extract<Expr, { kind: "DictionaryExpression" }>): string {
  const d = em.rt("dict");
  if (e.entries.length === 0) return `${d}()`;
  const objectForm = e.entries.every(
    (en) => en.key?.kind === "String" && !/^(0|[1-9]\d*)$/.test(en.key.value),
  );
  if (objectForm) {
    const props = e.entries.map((en) => {
      const k = (en.key as { value: string }).value;
      const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k);
      const value = textArg(em, en.value);
      return value === key ? key : `${key}: ${value}`;
    });
    return `${d}(${bracketed("{ ", props, " }")})`;
  }
  const items = e.entries.map((en) =>
    en.key
      ? `[${textArg(em, en.key)}, ${textArg(em, en.value)}]`
      : `...${wrap(expr(em, en.value), Level.Call)}.entries()`,
  );
  return `${d}(${bracketed("[", items, "]")})`;
}

/** Items between brackets: on one line when short, else one per line (the printer indents). */
function bracketed(open: string, items: string[], close: string): string {
  const oneLine = `${open}${items.join(", ")}${close}`;
  if (oneLine.length <= 80 || items.length < 2) return oneLine;
  const lines = items.map((i) => `  ${i.split("\n").join("\n  ")},`);
  return `${open.trim()}\n${lines.join("\n")}\n${close.trim()}`;
}

function subscript(em: Emitter, object: Expr, index: Expr): Js {
  const o = arg(em, object);
  if (index.kind === "SliceExpression") {
    const parts = [index.lower, index.upper, index.step].map((x) => (x ? arg(em, x) : "null"));
    while (parts.length && parts[parts.length - 1] === "null") parts.pop();
    return atom(`${em.py("slice")}(${[o, ...parts].join(", ")})`);
  }
  return atom(`${em.py("getitem")}(${o}, ${arg(em, index)})`);
}

/** Literal text inside a template literal: escapes, and no raw line breaks (the printer
 * indents continuation lines of multi-line expressions). */
function templateText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/`/g, "\\`")
    .replace(/\$\{/g, "\\${")
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r");
}

/** Template-literal text for f-string parts. */
export function template(em: Emitter, parts: FormatPart[]): string {
  let out = "`";
  for (const p of parts) {
    if (typeof p === "string") {
      out += templateText(p);
      continue;
    }
    if (p.selfDoc) out += templateText(p.selfDoc);
    out += `\${${formatField(em, p.expr, p.conversion, p.spec)}}`;
  }
  return `${out}\``;
}

function formatField(
  em: Emitter,
  e: Expr,
  conversion: string | null,
  spec: FormatPart[] | null,
): string {
  let value = textArg(em, e);
  if (conversion === "r" || conversion === "a") value = `${em.rt("repr")}(${value})`;
  else if (conversion === "s") value = `${em.rt("str")}(${value})`;
  if (spec?.length) {
    const specText = spec.every((x) => typeof x === "string")
      ? JSON.stringify(spec.join(""))
      : template(em, spec);
    return `${em.rt("format")}(${value}, ${specText})`;
  }
  if (conversion) return value;
  // A str is itself; an int prints the same in JS below 1e21 (JS switches to `1e+21`).
  if (em.type(e) === "str" || (em.type(e) === "int" && !mayBeHuge(e))) return arg(em, e);
  return `${em.rt("str")}(${value})`;
}

/** An int expression that may reach 1e21: a power, a shift, `pow()`, `math.factorial`/`comb`/
 * `perm` (exact past 2^53 when a number holds the value, contract §3). */
function mayBeHuge(e: Expr): boolean {
  if (e.kind === "BinaryExpression") return e.op === "**" || e.op === "<<";
  if (e.kind !== "CallExpression") return false;
  const f = e.func;
  if (f.kind === "VariableName") return f.name === "pow";
  return f.kind === "MemberExpression" && ["factorial", "comb", "perm"].includes(f.name);
}

/** Arrow-function parameters for a lambda / comprehension target. */
export function params(em: Emitter, list: Param[]): string {
  return list
    .map((p) => {
      const name = em.names.js(p.name);
      if (p.type === "star") return `...${name}`;
      if (p.default) return `${name} = ${arg(em, p.default)}`;
      return name;
    })
    .join(", ");
}

function lambda(em: Emitter, e: LambdaExpression): Js {
  const scope = em.an.scopes.get(e)!;
  const keywordOnly = e.params.find((p) => p.type === "kwonly" || p.type === "doublestar");
  if (keywordOnly)
    return atom(em.unsupported(keywordOnly, "keyword-only or ** parameters in a lambda"));
  const names = new Set(e.params.map((p) => p.name));
  const captured = e.params.filter((p) => p.default && mentions(p.default, names));
  if (captured.length) {
    // `lambda i=i: …` (the loop idiom): the default is the outer `i` when the lambda is made;
    // a JS default `i = i` would see the parameter itself, so it is passed in from outside.
    const outer = captured.map((p) => em.names.claimFreeName(`${p.name}Default`));
    const ps = e.params
      .map((p) => {
        const name = em.names.js(p.name);
        const at = captured.indexOf(p);
        if (p.type === "star") return `...${name}`;
        if (at >= 0) return `${name} = ${outer[at]}`;
        return p.default ? `${name} = ${arg(em, p.default)}` : name;
      })
      .join(", ");
    const body = em.inScope(scope, () => expr(em, e.body));
    const values = captured.map((p) => textArg(em, p.default!)).join(", ");
    const text = `((${outer.join(", ")}) => (${ps}) => ${wrap(body, Level.Comma)})(${values})`;
    return atom(text);
  }
  const ps = params(em, e.params);
  const body = em.inScope(scope, () => expr(em, e.body));
  const text = `(${ps}) => ${wrap(body, Level.Comma)}`;
  return { text, level: Level.Assign };
}

/** A comprehension target as arrow parameter / loop binding: `x` or `[a, b]`. */
export function targetPattern(em: Emitter, t: Expr): string {
  if (t.kind === "VariableName") return em.nameRef(t.name);
  if (t.kind === "TupleExpression" || t.kind === "ArrayExpression") {
    return `[${t.elts.map((x) => targetPattern(em, x)).join(", ")}]`;
  }
  if (t.kind === "StarredExpression") return `...${targetPattern(em, t.value)}`;
  if (t.kind === "MemberExpression") return memberTarget(em, t);
  return arg(em, t);
}

/** Whether evaluating `e` awaits (an `await` or an `async for` clause outside any lambda). */
function hasAwait(e: Expr): boolean {
  if (e.kind === "AwaitExpression") return true;
  if (e.kind === "LambdaExpression") return false;
  if ("generators" in e && e.generators.some((g) => g.isAsync)) return true;
  return exprChildren(e).some(hasAwait);
}

function comprehension(em: Emitter, e: Comprehension): Js {
  const scope = em.an.scopes.get(e)!;
  return em.inScope(scope, () => {
    const wrapResult = (list: string): Js => {
      if (e.kind === "SetComprehensionExpression") return atom(`${em.rt("set")}(${list})`);
      if (e.kind === "DictionaryComprehensionExpression") return atom(`${em.rt("dict")}(${list})`);
      return atom(list);
    };
    const eltText = () =>
      e.kind === "DictionaryComprehensionExpression"
        ? `[${textArg(em, e.elt)}, ${textArg(em, e.value!)}]`
        : textArg(em, e.elt);
    const g = e.generators[0];
    if (e.kind === "ComprehensionExpression" && !em.eagerGenexps.has(e) && !hasAwait(e)) {
      return lazyGenerator(em, e, eltText);
    }
    // A lambda that reads a loop variable sees its last value, as in Python: one shared variable.
    const shared = lambdaCaptured(e);
    if (e.generators.length === 1 && !g.isAsync && !hasAwait(e) && shared.size === 0) {
      const iter = em.inScope(scope.parent!, () => iterable(em, g.iter));
      const p = targetPattern(em, g.target);
      const identity =
        e.kind !== "DictionaryComprehensionExpression" &&
        e.elt.kind === "VariableName" &&
        g.target.kind === "VariableName" &&
        e.elt.name === g.target.name;
      let list = `Array.from(${iter})`;
      for (const c of g.ifs) list += `.filter((${p}) => ${wrap(condition(em, c), Level.Comma)})`;
      if (!identity) {
        list = g.ifs.length
          ? `${list}.map((${p}) => ${eltText()})`
          : `Array.from(${iter}, (${p}) => ${eltText()})`;
      }
      return wrapResult(list);
    }
    // General form: an arrow function with nested loops (async when the body awaits).
    const result = em.names.claimFreeName("result");
    let body = [`${result}.push(${eltText()});`];
    const indent = (lines: string[]) => lines.map((l) => `  ${l}`);
    for (let i = e.generators.length - 1; i >= 0; i--) {
      const gen = e.generators[i];
      for (let j = gen.ifs.length - 1; j >= 0; j--) {
        body = [`if (${condition(em, gen.ifs[j]).text}) {`, ...indent(body), "}"];
      }
      const iter =
        i === 0
          ? em.inScope(scope.parent!, () => loopIter(em, gen.iter, gen.isAsync))
          : loopIter(em, gen.iter, gen.isAsync);
      const decl = targetNames(gen.target).some((n) => shared.has(n)) ? "" : "const ";
      const head = `for ${gen.isAsync ? "await " : ""}(${decl}${targetPattern(em, gen.target)} of ${iter}) {`;
      body = [head, ...indent(body), "}"];
    }
    const isAsync = hasAwait(e);
    const lets = shared.size ? [`let ${[...shared].map((n) => em.names.js(n)).join(", ")};`] : [];
    const lines = [`const ${result}: any[] = [];`, ...lets, ...body, `return ${result};`];
    const fn = `(${isAsync ? "async " : ""}() => {\n${indent(lines).join("\n")}\n})()`;
    const list = isAsync ? `await ${fn}` : fn;
    const js = wrapResult(list);
    return isAsync && js.text === list ? { text: list, level: Level.Prefix } : js;
  });
}

/** A value `await` cannot take, or a call of a plain `def` (which returns one unless it hands on
 * a coroutine): checked by `py.awaiting`, which raises CPython's TypeError. */
function notAwaitable(em: Emitter, e: Expr): boolean {
  if (["Number", "String", "FormatString", "Constant"].includes(e.kind)) return true;
  if (e.kind !== "CallExpression" || e.func.kind !== "VariableName") return false;
  const def = em.an.functionOf(em.scope, e.func.name);
  return def !== null && !def.isAsync && !em.an.scopes.get(def)?.runsLoop;
}

/** The names a `for` target binds. */
function targetNames(t: Expr): string[] {
  if (t.kind === "VariableName") return [t.name];
  if (t.kind === "TupleExpression" || t.kind === "ArrayExpression")
    return t.elts.flatMap(targetNames);
  if (t.kind === "StarredExpression") return targetNames(t.value);
  return [];
}

/** The loop variables of a comprehension that a lambda inside it reads (not through its own
 * parameter, as `lambda i=i: i` does). */
function lambdaCaptured(e: Comprehension): Set<string> {
  const loopVars = new Set(e.generators.flatMap((g) => targetNames(g.target)));
  const found = new Set<string>();
  const visit = (x: Expr, inLambda: Set<string> | null): void => {
    if (x.kind === "VariableName") {
      if (inLambda !== null && loopVars.has(x.name) && !inLambda.has(x.name)) found.add(x.name);
      return;
    }
    if (x.kind === "LambdaExpression") {
      for (const p of x.params) if (p.default) visit(p.default, inLambda);
      visit(x.body, new Set([...(inLambda ?? []), ...x.params.map((p) => p.name)]));
      return;
    }
    for (const c of exprChildren(x)) visit(c, inLambda);
  };
  visit(e.elt, null);
  if (e.value) visit(e.value, null);
  for (const g of e.generators) for (const c of g.ifs) visit(c, null);
  return found;
}

/** A generator expression as a JS generator (lazy, like Python's: `next(x for …)`, `any(…)`
 * stopping early): `(function* () { for (const x of xs) yield f(x); })()`. */
function lazyGenerator(em: Emitter, e: Comprehension, eltText: () => string): Js {
  const scope = em.an.scopes.get(e)!;
  const indent = (lines: string[]) => lines.map((l) => `  ${l}`);
  let body = [`yield ${eltText()};`];
  for (let i = e.generators.length - 1; i >= 0; i--) {
    const gen = e.generators[i];
    for (let j = gen.ifs.length - 1; j >= 0; j--) {
      body = [`if (${condition(em, gen.ifs[j]).text}) {`, ...indent(body), "}"];
    }
    const iter =
      i === 0
        ? em.inScope(scope.parent!, () => loopIter(em, gen.iter, false))
        : loopIter(em, gen.iter, false);
    body = [`for (const ${targetPattern(em, gen.target)} of ${iter}) {`, ...indent(body), "}"];
  }
  const text = body.join("\n");
  const oneLine = body.length === 3 && !body[1].includes("\n");
  const inner = oneLine
    ? ` ${body[0].slice(0, -2)} ${body[1].trim()} `
    : `\n${indent(body).join("\n")}\n`;
  // `self` inside is the method's `this`, which a `function*` does not see on its own.
  const call = /\bthis\b/.test(text) ? ".call(this)" : "()";
  return atom(`(function* () {${inner}})${call}`);
}

function loopIter(em: Emitter, e: Expr, isAsync: boolean): string {
  return isAsync ? asyncIterable(em, e) : iterable(em, e);
}

/** `py.aiter(x)` for `async for`; `py.aiter(x, true)` when `x` is a temporary (not a name or an
 * attribute), so that an async generator left unfinished is closed the way CPython's finalizer
 * does when it drops the generator (contract §1). */
export function asyncIterable(em: Emitter, e: Expr): string {
  const held = e.kind === "VariableName" || e.kind === "MemberExpression";
  return `${em.py("aiter")}(${arg(em, e)}${held ? "" : ", true"})`;
}
