// The typed Python AST the transpiler works on: a discriminated union whose kinds reuse
// @lezer/python's node names (plus a few finer kinds where one Lezer node means several things).

/** Every node keeps the span of Python source it came from. */
export interface Span {
  from: number;
  to: number;
}

/** An expression. */
export type Expr =
  | VariableName
  | NumberLit
  | StringLit
  | FormatString
  | Constant
  | BinaryExpression
  | BoolOpExpression
  | CompareExpression
  | UnaryExpression
  | AwaitExpression
  | TupleExpression
  | ArrayExpression
  | SetExpression
  | DictionaryExpression
  | Comprehension
  | CallExpression
  | MemberExpression
  | SubscriptExpression
  | SliceExpression
  | ConditionalExpression
  | LambdaExpression
  | YieldExpression
  | StarredExpression
  | NamedExpression
  | Unsupported;

/** A name (`self` included). */
export interface VariableName extends Span {
  kind: "VariableName";
  name: string;
}

/** An int or float literal. */
export interface NumberLit extends Span {
  kind: "Number";
  value: number;
  isFloat: boolean;
}

/** A string literal (implicit concatenation already joined); `bytes` are not supported. */
export interface StringLit extends Span {
  kind: "String";
  value: string;
}

/** An f-string (or a concatenation containing one): literal text and replacement fields. */
export interface FormatString extends Span {
  kind: "FormatString";
  parts: FormatPart[];
}

/** Literal text or a `{expr!conv:spec}` field. */
export type FormatPart = string | FormatField;

/** One replacement field of an f-string. */
export interface FormatField extends Span {
  expr: Expr;
  conversion: "r" | "s" | "a" | null;
  spec: FormatPart[] | null;
  /** `{x=}`: the source text to print before the value. */
  selfDoc: string | null;
}

/** `True`, `False`, `None`, `...`. */
export interface Constant extends Span {
  kind: "Constant";
  value: true | false | null | "...";
}

/** Arithmetic and bitwise binary operators. */
export interface BinaryExpression extends Span {
  kind: "BinaryExpression";
  op: string;
  left: Expr;
  right: Expr;
}

/** `and` / `or`. */
export interface BoolOpExpression extends Span {
  kind: "BoolOp";
  op: "and" | "or";
  left: Expr;
  right: Expr;
}

/** A (possibly chained) comparison: `a < b <= c`, `x in y`, `x is not None`. */
export interface CompareExpression extends Span {
  kind: "Compare";
  ops: string[];
  operands: Expr[];
}

/** `not x`, `-x`, `+x`, `~x`. */
export interface UnaryExpression extends Span {
  kind: "UnaryExpression";
  op: "not" | "-" | "+" | "~";
  operand: Expr;
}

/** `await x`. */
export interface AwaitExpression extends Span {
  kind: "AwaitExpression";
  value: Expr;
}

/** `(a, b)` or a bare `a, b`. */
export interface TupleExpression extends Span {
  kind: "TupleExpression";
  elts: Expr[];
}

/** `[a, b]`. */
export interface ArrayExpression extends Span {
  kind: "ArrayExpression";
  elts: Expr[];
}

/** `{a, b}`. */
export interface SetExpression extends Span {
  kind: "SetExpression";
  elts: Expr[];
}

/** `{k: v, **d}`; a `null` key marks `**d`. */
export interface DictionaryExpression extends Span {
  kind: "DictionaryExpression";
  entries: { key: Expr | null; value: Expr }[];
}

/** One `for … in …` clause with its `if` filters. */
export interface CompFor extends Span {
  isAsync: boolean;
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}

/** List / set / dict comprehensions and generator expressions. */
export interface Comprehension extends Span {
  kind:
    | "ArrayComprehensionExpression"
    | "SetComprehensionExpression"
    | "DictionaryComprehensionExpression"
    | "ComprehensionExpression";
  elt: Expr;
  /** Dict comprehensions only. */
  value: Expr | null;
  generators: CompFor[];
}

/** One call argument. */
export interface Arg extends Span {
  type: "positional" | "star" | "keyword" | "doublestar";
  name: string | null;
  value: Expr;
}

/** `f(…)`. */
export interface CallExpression extends Span {
  kind: "CallExpression";
  func: Expr;
  args: Arg[];
}

/** `o.name`. */
export interface MemberExpression extends Span {
  kind: "MemberExpression";
  object: Expr;
  name: string;
}

/** `o[i]` (a tuple index for `o[a, b]`). */
export interface SubscriptExpression extends Span {
  kind: "SubscriptExpression";
  object: Expr;
  index: Expr;
}

/** `lo:hi:step` inside a subscript. */
export interface SliceExpression extends Span {
  kind: "SliceExpression";
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

/** `a if c else b`. */
export interface ConditionalExpression extends Span {
  kind: "ConditionalExpression";
  test: Expr;
  body: Expr;
  orelse: Expr;
}

/** `lambda params: body`. */
export interface LambdaExpression extends Span {
  kind: "LambdaExpression";
  params: Param[];
  body: Expr;
}

/** `yield x`, `yield`, `yield from x`. */
export interface YieldExpression extends Span {
  kind: "YieldExpression";
  value: Expr | null;
  isFrom: boolean;
}

/** `*x` in a display, call or assignment target. */
export interface StarredExpression extends Span {
  kind: "StarredExpression";
  value: Expr;
}

/** `(x := v)`. */
export interface NamedExpression extends Span {
  kind: "NamedExpression";
  target: VariableName;
  value: Expr;
}

/** A construct the transpiler does not handle; a diagnostic was reported at its span. */
export interface Unsupported extends Span {
  kind: "Unsupported";
  what: string;
}

/** A function or lambda parameter. */
export interface Param extends Span {
  type: "normal" | "star" | "doublestar" | "kwonly";
  name: string;
  annotation: Expr | null;
  default: Expr | null;
}

/** A statement. */
export type Stmt =
  | ExpressionStatement
  | AssignStatement
  | UpdateStatement
  | DeleteStatement
  | SimpleStatement
  | ReturnStatement
  | RaiseStatement
  | ImportStatement
  | ScopeStatement
  | AssertStatement
  | IfStatement
  | WhileStatement
  | ForStatement
  | TryStatement
  | WithStatement
  | FunctionDefinition
  | ClassDefinition
  | UnsupportedStatement;

/** An expression used as a statement (docstrings included). */
export interface ExpressionStatement extends Span {
  kind: "ExpressionStatement";
  value: Expr;
}

/** `a = b = value`, `x: int = 1`, `x: int`. */
export interface AssignStatement extends Span {
  kind: "AssignStatement";
  targets: Expr[];
  value: Expr | null;
  annotation: Expr | null;
}

/** `x += 1`. */
export interface UpdateStatement extends Span {
  kind: "UpdateStatement";
  target: Expr;
  op: string;
  value: Expr;
}

/** `del a, b[1]`. */
export interface DeleteStatement extends Span {
  kind: "DeleteStatement";
  targets: Expr[];
}

/** `pass`, `break`, `continue`. */
export interface SimpleStatement extends Span {
  kind: "PassStatement" | "BreakStatement" | "ContinueStatement";
}

/** `return x`. */
export interface ReturnStatement extends Span {
  kind: "ReturnStatement";
  value: Expr | null;
}

/** `raise`, `raise X`, `raise X from Y`. */
export interface RaiseStatement extends Span {
  kind: "RaiseStatement";
  exc: Expr | null;
  cause: Expr | null;
}

/** `import a.b as c` / `from m import x as y`. */
export interface ImportStatement extends Span {
  kind: "ImportStatement";
  /** `null` for `import m`; the module for `from m import …`. */
  module: string | null;
  names: { name: string; asName: string | null; span: Span }[];
}

/** `global a, b` / `nonlocal a`. */
export interface ScopeStatement extends Span {
  kind: "ScopeStatement";
  scope: "global" | "nonlocal";
  names: string[];
}

/** `assert test, msg`. */
export interface AssertStatement extends Span {
  kind: "AssertStatement";
  test: Expr;
  msg: Expr | null;
}

/** `if/elif/else`. */
export interface IfStatement extends Span {
  kind: "IfStatement";
  branches: { test: Expr; body: Stmt[]; span: Span }[];
  orelse: Stmt[] | null;
}

/** `while test: … else: …`. */
export interface WhileStatement extends Span {
  kind: "WhileStatement";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[] | null;
}

/** `[async] for target in iter: … else: …`. */
export interface ForStatement extends Span {
  kind: "ForStatement";
  isAsync: boolean;
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[] | null;
}

/** One `except [type [as name]]:` clause. */
export interface ExceptHandler extends Span {
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

/** `try/except/else/finally`. */
export interface TryStatement extends Span {
  kind: "TryStatement";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[] | null;
  finalbody: Stmt[] | null;
  /** `except*` clauses (exception groups). */
  star: boolean;
}

/** `[async] with a as x, b: …`. */
export interface WithStatement extends Span {
  kind: "WithStatement";
  isAsync: boolean;
  items: { context: Expr; target: Expr | null }[];
  body: Stmt[];
}

/** `[async] def name(params) -> ret: …`, with its decorators. */
export interface FunctionDefinition extends Span {
  kind: "FunctionDefinition";
  isAsync: boolean;
  name: string;
  nameSpan: Span;
  params: Param[];
  returns: Expr | null;
  body: Stmt[];
  decorators: Expr[];
}

/** `class Name(bases): …`, with its decorators. */
export interface ClassDefinition extends Span {
  kind: "ClassDefinition";
  name: string;
  bases: Expr[];
  keywords: Arg[];
  body: Stmt[];
  decorators: Expr[];
}

/** A statement the transpiler does not handle; a diagnostic was reported at its span. */
export interface UnsupportedStatement extends Span {
  kind: "UnsupportedStatement";
  what: string;
}

/** A `#` comment, kept so the emitter can carry it over. */
export interface Comment extends Span {
  text: string;
}

/** A parsed module. */
export interface Module extends Span {
  body: Stmt[];
  comments: Comment[];
}
