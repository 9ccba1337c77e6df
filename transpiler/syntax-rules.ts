// CPython 3.11's specific parser messages (the `invalid_*` rules of Grammar/python.gram), tried
// where the parser failed before falling back to "invalid syntax".

import type { SyntaxNode } from "@lezer/common";
import {
  disjunctionStart,
  endsExpression,
  KEYWORDS,
  lineStart,
  rangeError,
  type SyntaxContext,
  scanExpression,
  scanExpressions,
  skipGroup,
  startsExpression,
  tokenError,
  tokenExpressionName,
  tokenIndexAt,
  tokenOffset,
} from "./syntax-parse.js";
import type { CPythonError } from "./syntax-position.js";
import type { Token } from "./syntax-tokens.js";

/** A specific error and the line of the furthest token CPython fetched to find it. */
export interface RuleResult {
  error: CPythonError;
  reach: number;
}

/** Statements whose `invalid_*` rule says "expected ':'" only when the header ends the line. */
const COLON_AT_NEWLINE = new Set([
  "if",
  "elif",
  "while",
  "with",
  "except",
  "class",
  "for",
  "match",
  "case",
]);
/** Statements whose grammar forces the ':' (`&&':'`): any other token gets "expected ':'". */
const COLON_FORCED = new Set(["try", "finally", "else"]);
const OPERATORS = new Set([
  ".",
  "+",
  "-",
  "*",
  "/",
  "//",
  "%",
  "**",
  "@",
  "<<",
  ">>",
  "&",
  "|",
  "^",
  "~",
  "<",
  ">",
  "==",
  "!=",
  "<=",
  ">=",
]);
const HEADER_IS_EXPRESSION = new Set(["if", "elif", "while", "for", "match"]);

/** The specific message CPython gives for a parse failure at token `i`, or null. */
export function parserMessage(ctx: SyntaxContext, i: number): RuleResult | null {
  return (
    expectedColon(ctx, i) ??
    withTarget(ctx, i) ??
    keywordExpression(ctx, i) ??
    parenthesizedParameters(ctx, i) ??
    missingValue(ctx, i) ??
    starredDefault(ctx, i) ??
    forTarget(ctx, i) ??
    assignToNothing(ctx, i) ??
    assignToYield(ctx, i) ??
    legacyCall(ctx, i) ??
    forgotComma(ctx, i) ??
    assignInCondition(ctx, i) ??
    missingElse(ctx, i)
  );
}

const at = (ctx: SyntaxContext, i: number): Token | undefined => ctx.tokens[i];

/** `reach` is the token after the matched text; none means the parser ran into the tokenizer's stop. */
function result(error: CPythonError, reach: Token | undefined): RuleResult {
  return { error, reach: reach?.line ?? Number.MAX_SAFE_INTEGER };
}

/** The header keyword of the statement holding token `i` (skipping `async`), with its index. */
function header(ctx: SyntaxContext, i: number): { keyword: Token; k: number } | null {
  let k = lineStart(ctx.tokens, i);
  if (at(ctx, k)?.value === "async") k++;
  const keyword = at(ctx, k);
  return keyword && keyword.type === "NAME" && k < i ? { keyword, k } : null;
}

function expectedColon(ctx: SyntaxContext, i: number): RuleResult | null {
  const t = at(ctx, i);
  const prev = at(ctx, i - 1);
  const head = header(ctx, i);
  if (!t || !prev || !head) return null;
  const { keyword, k } = head;
  const colon = (): RuleResult => result(tokenError(ctx, t, "SyntaxError", "expected ':'"), t);
  if (COLON_FORCED.has(keyword.value)) return i === k + 1 && t.value !== ":" ? colon() : null;
  if (keyword.value === "def") {
    if (i === k + 2 && t.value !== "(")
      return result(tokenError(ctx, t, "SyntaxError", "expected '('"), t);
    const closesParams = prev.value === ")" && prev.level === 0;
    const arrow = ctx.tokens.slice(k, i).findIndex((x) => x.value === "->" && x.level === 0);
    const afterArrow = arrow >= 0 && scanExpression(ctx.tokens, k + arrow + 1) === i;
    if (t.value !== ":" && ((closesParams && arrow < 0) || afterArrow)) return colon();
    return null;
  }
  if (!COLON_AT_NEWLINE.has(keyword.value) || t.type !== "NEWLINE") return null;
  if (ctx.tokens.slice(k + 1, i).some((x) => x.value === ":" && x.level === 0)) return null;
  if (keyword.value === "except" && i === k + 1) return colon();
  if (keyword.value === "for") {
    const inAt =
      ctx.tokens.slice(k + 1, i).findIndex((x) => x.value === "in" && x.level === 0) + k + 1;
    return inAt > k && scanExpressions(ctx.tokens, inAt + 1) === i ? colon() : null;
  }
  if (HEADER_IS_EXPRESSION.has(keyword.value)) {
    return scanExpression(ctx.tokens, k + 1) === i ? colon() : null;
  }
  return endsExpression(prev) ? colon() : null;
}

/** Mirrors invalid_with_item: `with a as 1:`. */
function withTarget(ctx: SyntaxContext, i: number): RuleResult | null {
  const t = at(ctx, i);
  if (!t || at(ctx, i - 1)?.value !== "as" || header(ctx, i)?.keyword.value !== "with") return null;
  if (
    !(t.type === "NUMBER" || t.type === "STRING") ||
    ![",", ")", ":"].includes(at(ctx, i + 1)?.value ?? "")
  )
    return null;
  return result(tokenError(ctx, t, "SyntaxError", "cannot assign to literal"), at(ctx, i + 1));
}

/** Tokens after which CPython's grammar tries an `expression` (and so its invalid_* rules). */
const EXPRESSION_AFTER = new Set([
  "=",
  "(",
  "[",
  "{",
  ",",
  ":",
  ";",
  "return",
  "yield",
  "in",
  "if",
  "elif",
  "while",
  "else",
  "assert",
  "del",
  "from",
  "raise",
]);

/** True when an expression may begin after token `j` (none, a line start, `=`, `(`, `return`...). */
function expressionMayStartAfter(ctx: SyntaxContext, j: number): boolean {
  const before = at(ctx, j);
  if (!before || before.type === "NEWLINE" || before.type === "INDENT" || before.type === "DEDENT")
    return true;
  if (before.type === "OP" && before.value.endsWith("=") && !OPERATORS.has(before.value))
    return true;
  if (EXPRESSION_AFTER.has(before.value)) return true;
  // `start print x`, `for i print x`: after a plain name the invalid_* rules reparse from there.
  return before.type === "NAME" && !KEYWORDS.has(before.value);
}

/** When token `i` opens a bracket the file never closes, where an expression may start: the
 * line of the furthest token CPython's second pass fetches (it then reports the bracket if that
 * line is past the bracket's). */
export function unclosedReach(ctx: SyntaxContext, i: number): number | null {
  const t = at(ctx, i);
  const next = at(ctx, i + 1);
  if (t?.type !== "OP" || !["(", "[", "{"].includes(t.value) || skipGroup(ctx.tokens, i) !== null)
    return null;
  if (!(endsExpression(at(ctx, i - 1)) || expressionMayStartAfter(ctx, i - 1))) return null;
  const head = at(ctx, lineStart(ctx.tokens, i))?.value;
  if (head === "import" || head === "from") return null;
  // CPython parses on inside the bracket: to the end of the file, or to the first token that
  // cannot start an expression.
  return !next || startsExpression(next) ? Number.MAX_SAFE_INTEGER : next.line;
}

/** Mirrors invalid_legacy_expression: `print x` / `exec x`. */
function legacyCall(ctx: SyntaxContext, i: number): RuleResult | null {
  const here = at(ctx, i);
  if (here?.type === "NAME" && (here.value === "print" || here.value === "exec")) {
    const found = legacyCall(ctx, i + 1);
    if (found) return found;
  }
  const t = at(ctx, i);
  const name = at(ctx, i - 1);
  if (!t || !name || name.type !== "NAME" || (name.value !== "print" && name.value !== "exec"))
    return null;
  if (t.value === "(" || !startsExpression(t) || inParameters(ctx, i, t.level)) return null;
  if (!expressionMayStartAfter(ctx, i - 2)) return null;
  let end = scanExpression(ctx.tokens, i);
  if (end === null) return null;
  while (at(ctx, end)?.value === "," && startsExpression(at(ctx, end + 1))) {
    const next = scanExpression(ctx.tokens, end + 1);
    if (next === null) break;
    end = next;
  }
  if (at(ctx, end)?.value === ",") end++;
  const last = at(ctx, end - 1) as Token;
  const message = `Missing parentheses in call to '${name.value}'. Did you mean ${name.value}(...)?`;
  return result(rangeError(message, name, last), at(ctx, end));
}

/** Node kinds an expression's outer node may be while it is still a `disjunction`. */
const DISJUNCTION_PARTS = new Set([
  "BinaryExpression",
  "UnaryExpression",
  "CallExpression",
  "MemberExpression",
  "AwaitExpression",
  "ContinuedString",
  "ArgList",
  "ParenthesizedExpression",
  "TupleExpression",
  "ArrayExpression",
  "DictionaryExpression",
  "SetExpression",
  "ComprehensionExpression",
  "ArrayComprehensionExpression",
  "DictionaryComprehensionExpression",
  "SetComprehensionExpression",
]);

/** The largest disjunction-level Lezer node ending where token `prev` ends. */
export function expressionEndingAt(ctx: SyntaxContext, prev: Token): SyntaxNode {
  const end = tokenOffset(ctx, prev) + (prev.end - prev.start);
  let node = ctx.tree.resolveInner(end, -1);
  while (node.parent && node.parent.to === end && DISJUNCTION_PARTS.has(node.parent.name)) {
    if (node.parent.name === "ArgList" && node.parent.parent?.name !== "CallExpression") break;
    node = node.parent;
  }
  if (node.name === "ArgList" && node.parent) node = node.parent;
  return node;
}

/** Mirrors invalid_expression's first alternative: two expressions side by side in brackets. */
function forgotComma(ctx: SyntaxContext, i: number): RuleResult | null {
  const t = at(ctx, i);
  const prev = at(ctx, i - 1);
  if (!t || !prev || !startsExpression(t) || !endsExpression(prev)) return null;
  const start = disjunctionStart(ctx.tokens, i - 1);
  const first = start === null ? undefined : at(ctx, start);
  if (start === null || !first) return null;
  const second = at(ctx, start + 1);
  if (first.type === "NAME" && second?.type === "STRING") return null;
  if (first.type === "NAME" && ["match", "case", "_"].includes(first.value)) return null;
  if (
    first.type === "NAME" &&
    (first.value === "print" || first.value === "exec") &&
    first === prev
  )
    return null;
  if (
    inComprehension(ctx, start, t.level) ||
    (inParameters(ctx, i, t.level) && !["=", ":"].includes(at(ctx, start - 1)?.value ?? ""))
  )
    return null;
  const end = scanExpression(ctx.tokens, i);
  if (end === null) {
    // The second expression opens a bracket the file never closes: CPython reads on to the end
    // of the file trying to parse it, and then reports the bracket.
    const reach = unclosedReach(ctx, i);
    return reach === null
      ? null
      : { error: tokenError(ctx, t, "SyntaxError", "invalid syntax"), reach };
  }
  const last = at(ctx, end - 1) as Token;
  if (end === ctx.tokens.length && last.type !== "ENDMARKER") {
    return result(tokenError(ctx, t, "SyntaxError", "invalid syntax"), undefined);
  }
  if (last.level === 0) return null;
  return result(
    rangeError("invalid syntax. Perhaps you forgot a comma?", first, last),
    at(ctx, end),
  );
}

/** True when token `i` follows `for ... in` at bracket level `level` (a comprehension's iterable,
 * where CPython's grammar never tries the "forgot a comma" rule). */
function inComprehension(ctx: SyntaxContext, i: number, level: number): boolean {
  let sawIn = false;
  for (let j = i - 1; j >= 0; j--) {
    const t = ctx.tokens[j] as Token;
    if (t.level < level) return false;
    if (t.level !== level || t.type !== "NAME") continue;
    if (t.value === "in") sawIn = true;
    if (t.value === "for") return sawIn;
  }
  return false;
}

/** True when token `i` sits in a `def`'s parameter list (parameters are not expressions). */
function inParameters(ctx: SyntaxContext, i: number, level: number): boolean {
  let open = i - 1;
  while (open >= 0 && (at(ctx, open) as Token).level >= level) open--;
  open++;
  return at(ctx, open)?.value === "(" && at(ctx, open - 2)?.value === "def";
}

/** Mirrors invalid_assignment's `(star_targets '=')* a=star_expressions '='` when no value follows. */
function assignToNothing(ctx: SyntaxContext, i: number): RuleResult | null {
  const t = at(ctx, i);
  const eq = at(ctx, i - 1);
  const target = at(ctx, i - 2);
  if (!t || eq?.value !== "=" || eq.level !== 0 || startsExpression(t) || !endsExpression(target))
    return null;
  const start = disjunctionStart(ctx.tokens, i - 2);
  if (start === null) return null;
  const name = tokenExpressionName(ctx.tokens, start, i - 2);
  if (["name", "attribute", "subscript", "tuple", "list", "expression"].includes(name)) return null;
  const prev = at(ctx, start - 1);
  if (
    prev &&
    prev.type !== "NEWLINE" &&
    prev.type !== "INDENT" &&
    prev.type !== "DEDENT" &&
    prev.value !== "="
  ) {
    return null;
  }
  return result(
    rangeError(`cannot assign to ${name}`, at(ctx, start) as Token, target as Token),
    t,
  );
}

/** Mirrors invalid_assignment's `a=yield_expr '='`. */
function assignToYield(ctx: SyntaxContext, i: number): RuleResult | null {
  const t = at(ctx, i);
  let start = i - 1;
  while (start > 0 && !(at(ctx, start - 1)?.value === "=" && at(ctx, start - 1)?.level === 0)) {
    const before = at(ctx, start - 1) as Token;
    if (before.type === "NEWLINE" || before.type === "INDENT" || before.type === "DEDENT") break;
    start--;
  }
  const first = at(ctx, start);
  if (t?.value !== "=" || t.level !== 0 || first?.value !== "yield") return null;
  const message = "assignment to yield expression not possible";
  return result(rangeError(message, first, at(ctx, i - 1) as Token), t);
}

/** Mirrors invalid_star_etc / invalid_kwds: `def f(*args=1)` and `def f(**kw=1)`. */
function starredDefault(ctx: SyntaxContext, i: number): RuleResult | null {
  const t = at(ctx, i);
  const star = at(ctx, i - 2)?.value;
  if (t?.value !== "=" || at(ctx, i - 1)?.type !== "NAME" || (star !== "*" && star !== "**"))
    return null;
  if (!inParameters(ctx, i, t.level)) return null;
  const what = star === "*" ? "var-positional" : "var-keyword";
  return result(tokenError(ctx, t, "SyntaxError", `${what} argument cannot have default value`), t);
}

/** Mirrors invalid_default and invalid_double_starred_kvpairs: `def f(a=, b)` and `{k: }`. */
function missingValue(ctx: SyntaxContext, i: number): RuleResult | null {
  const t = at(ctx, i);
  const prev = at(ctx, i - 1);
  if (!t || !prev || ![",", ")", "}"].includes(t.value)) return null;
  let open = i - 1;
  while (open >= 0 && (at(ctx, open) as Token).level >= t.level + (t.value === "," ? 0 : 1)) open--;
  const opener = at(ctx, open + 1);
  if (prev.value === "=" && opener?.value === "(" && at(ctx, open - 1)?.value === "def") {
    return result(tokenError(ctx, prev, "SyntaxError", "expected default value expression"), t);
  }
  if (prev.value === ":" && opener?.value === "{" && (t.value === "," || t.value === "}")) {
    return result(
      tokenError(ctx, prev, "SyntaxError", "expression expected after dictionary key and ':'"),
      t,
    );
  }
  return null;
}

/** Mirrors invalid_parameters' "Function parameters cannot be parenthesized". */
function parenthesizedParameters(ctx: SyntaxContext, i: number): RuleResult | null {
  const t = at(ctx, i);
  if (t?.value !== "(" || !inParameters(ctx, i, t.level - 1 || 1)) return null;
  if (!["(", ","].includes(at(ctx, i - 1)?.value ?? "")) return null;
  let j = i + 1;
  while (at(ctx, j)?.type === "NAME" && !KEYWORDS.has(at(ctx, j)?.value ?? "")) {
    j++;
    if (at(ctx, j)?.value !== ",") break;
    j++;
  }
  const close = at(ctx, j);
  if (j === i + 1 || close?.value !== ")") return null;
  return result(
    rangeError("Function parameters cannot be parenthesized", t, close),
    at(ctx, j + 1),
  );
}

/** Mirrors invalid_for_target: `for i * n:` (no `in`, and the target cannot be assigned to). */
function forTarget(ctx: SyntaxContext, i: number): RuleResult | null {
  const head = header(ctx, i);
  if (head?.keyword.value !== "for") return null;
  const { k } = head;
  if (ctx.tokens.slice(k + 1, i + 1).some((x) => x.value === "in" && x.level === 0)) return null;
  const end = scanExpression(ctx.tokens, k + 1);
  if (end === null || end <= k + 1) return null;
  const name = tokenExpressionName(ctx.tokens, k + 1, end - 1);
  if (["name", "attribute", "subscript", "tuple", "list"].includes(name)) return null;
  const first = at(ctx, k + 1) as Token;
  return result(
    rangeError(`cannot assign to ${name}`, first, at(ctx, end - 1) as Token),
    at(ctx, end),
  );
}

/** Mirrors invalid_kwarg: `f(x == 3 = 4)` (an expression where a keyword name belongs). */
function keywordExpression(ctx: SyntaxContext, i: number): RuleResult | null {
  const t = at(ctx, i);
  const prev = at(ctx, i - 1);
  if (!t || !prev || t.value !== "=" || !endsExpression(prev) || t.level === 0) return null;
  let open = i - 1;
  while (open >= 0 && (at(ctx, open) as Token).level >= t.level) open--;
  open++;
  if (at(ctx, open)?.value !== "(" || !endsExpression(at(ctx, open - 1))) return null;
  if (at(ctx, open - 2)?.value === "def") return null;
  let start = open + 1;
  for (let j = i - 1; j > open; j--) {
    const x = at(ctx, j) as Token;
    if (x.level === t.level && x.value === ",") {
      start = j + 1;
      break;
    }
  }
  const first = at(ctx, start) as Token;
  if (start === i - 1 && first.type === "NAME") return null;
  // `f(*name=1)`: a starred argument is not an expression, so invalid_kwarg does not apply.
  if (first.value === "*" || first.value === "**") return null;
  if (first.value === "True" || first.value === "False" || first.value === "None") {
    if (start === i - 1)
      return result(rangeError(`cannot assign to ${first.value}`, first, first), t);
  }
  const message = 'expression cannot contain assignment, perhaps you meant "=="?';
  return result(rangeError(message, first, t), t);
}

/** Mirrors invalid_named_expression: `if x = 3:` and `if f() = 3:`. */
function assignInCondition(ctx: SyntaxContext, i: number): RuleResult | null {
  const t = at(ctx, i);
  const prev = at(ctx, i - 1);
  if (!t || !prev || t.value !== "=" || !endsExpression(prev)) return null;
  // Named expressions: `if`/`elif`/`while` conditions and list or set elements.
  const keyword = header(ctx, i)?.keyword.value ?? "";
  const inCondition = t.level === 0 && ["if", "elif", "while"].includes(keyword);
  let open = i - 1;
  while (open >= 0 && (at(ctx, open) as Token).level >= t.level) open--;
  const opener = at(ctx, open + 1);
  const inDisplay =
    t.level > 0 &&
    (opener?.value === "[" || opener?.value === "{" || opener?.value === "(") &&
    !endsExpression(at(ctx, open));
  if (!inCondition && !inDisplay) return null;
  const start = disjunctionStart(ctx.tokens, i - 1);
  const first = start === null ? undefined : at(ctx, start);
  const end = scanExpression(ctx.tokens, i + 1);
  if (
    !first ||
    start === null ||
    end === null ||
    at(ctx, end)?.value === "=" ||
    at(ctx, end)?.value === ":="
  )
    return null;
  if (first === prev && prev.type === "NAME") {
    const last = at(ctx, end - 1) as Token;
    return result(
      rangeError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", first, last),
      at(ctx, end),
    );
  }
  const name = tokenExpressionName(ctx.tokens, start, i - 1);
  if (["name", "list", "tuple", "generator expression", "True", "False", "None"].includes(name))
    return null;
  const message = `cannot assign to ${name} here. Maybe you meant '==' instead of '='?`;
  return result(rangeError(message, first, prev), at(ctx, end));
}

/** Mirrors invalid_expression's `a if b` without `else`. */
function missingElse(ctx: SyntaxContext, i: number): RuleResult | null {
  const t = at(ctx, i);
  if (!t || t.value === "else" || t.value === ":") return null;
  const start = lineStart(ctx.tokens, i);
  for (let m = i - 1; m > start; m--) {
    const cond = at(ctx, m) as Token;
    if (cond.type !== "NAME" || cond.value !== "if") continue;
    const before = at(ctx, m - 1);
    if (!endsExpression(before) || scanExpression(ctx.tokens, m + 1) !== i) return null;
    const inComprehension = ctx.tokens
      .slice(start, m)
      .some((x) => x.value === "for" && x.level === cond.level);
    if (inComprehension) return null;
    const a = expressionEndingAt(ctx, before as Token);
    const first = at(ctx, tokenIndexAt(ctx, a.from)) as Token;
    return result(
      rangeError("expected 'else' after 'if' expression", first, at(ctx, i - 1) as Token),
      t,
    );
  }
  return null;
}
