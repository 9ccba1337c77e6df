// Where CPython 3.11's parser (Parser/pegen.c) would stop on a program that does not parse, found
// from the first error node of the Lezer tree and placed on CPython's token stream.

import type { Tree } from "@lezer/common";
import type { CPythonError, LineIndex } from "./syntax-position.js";
import type { Token } from "./syntax-tokens.js";

/** Everything the parser-error rules look at. */
export interface SyntaxContext {
  source: string;
  tree: Tree;
  /** CPython's tokens up to where its tokenizer stopped. */
  tokens: Token[];
  index: LineIndex;
  /** Offset from which Lezer's tree is known to be derailed (see lezerFailure); later compile
   * errors found in it are not reported. */
  trustedUntil: number;
}

/** A place where CPython's parser fails, with the message when a rule already knows it. */
export interface Candidate {
  /** Index of the token the parser fails on (`tokens.length` when past the tokenizer's stop). */
  index: number;
  error: CPythonError | null;
  /** Line of the furthest token the parser fetched (decides "'(' was never closed"). */
  reach?: number;
}

/** Hard keywords: names that can never be an expression operand (True/False/None can). */
export const KEYWORDS = new Set(
  (
    "and as assert async break class continue def del elif else except finally for from global if " +
    "import in is lambda nonlocal not or pass raise return try while with yield await"
  ).split(" "),
);

const KEYWORDS_AND_CONSTANTS = new Set([...KEYWORDS, "True", "False", "None"]);

const before = (a: { line: number; col: number }, b: { line: number; col: number }): boolean =>
  a.line < b.line || (a.line === b.line && a.col < b.col);

const ZERO_WIDTH = new Set(["NEWLINE", "INDENT", "DEDENT", "ENDMARKER"]);

/** The index of the token holding `offset` (original source), or of the first one after it. A
 * NEWLINE holds its trailing comment and its "\n". */
export function tokenIndexAt(ctx: SyntaxContext, offset: number): number {
  const pos = ctx.index.position(offset);
  const passed = (t: Token): boolean => {
    const end = { line: t.endLine, col: t.endCol };
    const atEnd = end.line === pos.line && end.col === pos.col;
    return before(end, pos) || (atEnd && !ZERO_WIDTH.has(t.type) && t.start < t.end);
  };
  // Tokens are in source order, so the ones `offset` has passed form a prefix.
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (passed(ctx.tokens[mid] as Token)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original-source offset of a token's start. */
export function tokenOffset(ctx: SyntaxContext, token: Token): number {
  return ctx.index.offset(token.line, token.col);
}

/** CPython's error position for a token: INDENT/DEDENT and ENDMARKER have none of their own, so
 * CPython uses the tokenizer's cursor (the line's text start, or the end of the last line). */
export function tokenError(
  ctx: SyntaxContext,
  token: Token,
  kind: CPythonError["kind"],
  message: string,
): CPythonError {
  if (token.type === "INDENT" || token.type === "DEDENT") {
    return {
      kind,
      message,
      line: token.line,
      offset: token.col,
      endLine: token.line,
      endOffset: -1,
    };
  }
  if (token.type === "ENDMARKER") {
    const last = Math.max(1, token.line - 1);
    const length = ctx.index.offset(last + 1, 0) - ctx.index.offset(last, 0);
    return { kind, message, line: last, offset: length, endLine: last, endOffset: -1 };
  }
  return {
    kind,
    message,
    line: token.line,
    offset: token.col + 1,
    endLine: token.endLine,
    endOffset: token.endCol + 1,
  };
}

/** An error spanning tokens `first`..`last` (inclusive), as RAISE_SYNTAX_ERROR_KNOWN_RANGE does. */
export function rangeError(message: string, first: Token, last: Token): CPythonError {
  return {
    kind: "SyntaxError",
    message,
    line: first.line,
    offset: first.col + 1,
    endLine: last.endLine,
    endOffset: last.endCol + 1,
  };
}

/** An error on the span of a Lezer node. */
export function nodeError(
  ctx: SyntaxContext,
  message: string,
  from: number,
  to: number,
): CPythonError {
  const start = ctx.index.position(from);
  const end = ctx.index.position(to);
  return {
    kind: "SyntaxError",
    message,
    line: start.line,
    offset: start.col + 1,
    endLine: end.line,
    endOffset: end.col + 1,
  };
}

/** Lezer's numbers need a digit after the point (`24.` and `1.e5` are CPython numbers). */
function afterPointNumber(tokens: Token[], index: number): boolean {
  const number = [tokens[index], tokens[index - 1]].find((t) => t?.type === "NUMBER");
  return number !== undefined && /\.(?![0-9])/.test(number.value);
}

/** Lezer errors CPython does not share: its grammar requires a value after `yield`. */
function isBareYield(tokens: Token[], index: number): boolean {
  const prev = tokens[index - 1];
  const here = tokens[index];
  if (prev?.type !== "NAME" || prev.value !== "yield" || !here) return false;
  return here.type === "NEWLINE" || [")", "]", "}", ";"].includes(here.value);
}

/** Lezer's grammar is narrower than CPython's for decorators (any expression since 3.9), `with`
 * items (parenthesized, or with non-name targets) and starred subscripts (3.11): its errors there
 * are not CPython's. */
function lezerOnly(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  let k = lineStart(tokens, i);
  if (tokens[k]?.value === "@") return true;
  if (tokens[k]?.value === "async") k++;
  if (tokens[k]?.value === "with") {
    if (tokens[k + 1]?.value === "(") return true;
    if (prev?.value === "as" && startsExpression(t) && t?.type !== "NUMBER" && t?.type !== "STRING")
      return true;
    // `as (a, b)` / `as self.x`: Lezer only takes a name after `as`.
    const as = tokens.slice(k, i).findLastIndex((x) => x.value === "as" && x.level === 0);
    if (as >= 0 && tokens[k + as + 1]?.type !== "NUMBER" && tokens[k + as + 1]?.type !== "STRING")
      return true;
  }
  // Lezer's class patterns need an argument (`case tuple():`).
  if (tokens[k]?.value === "case") return true;
  return t?.value === "*" && prev?.value === "[" && endsExpression(tokens[i - 2]);
}

/** Lezer reads `print` followed by anything but `(`, `.` or a newline as Python 2's print
 * statement; CPython reads `print * x`, `print = 1` or `print, x` as ordinary expressions. */
function isPrintExpression(ctx: SyntaxContext, printEnd: number): boolean {
  const next = ctx.tokens[tokenIndexAt(ctx, printEnd)];
  if (next?.type !== "OP") return false;
  return !["(", "[", "{", "~", "..."].includes(next.value);
}

/** The index just past the statement holding token `i` (its block included). */
function statementEnd(tokens: Token[], i: number): number {
  const start = lineStart(tokens, i);
  for (let j = start; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === "NEWLINE") return j + 1;
    if (t.value === ":" && t.level === 0 && tokens[j + 1]?.type === "NEWLINE")
      return afterBlock(tokens, j);
  }
  return tokens.length;
}

/** The first Lezer parse error CPython would also see, placed on CPython's tokens. */
export function lezerFailure(ctx: SyntaxContext): Candidate | null {
  const offsets: number[] = [];
  const ignored: { from: number; to: number }[] = [];
  ctx.tree.iterate({
    enter(node) {
      if (node.type.isError) offsets.push(node.from);
      if (node.name === "PrintStatement") {
        const end = node.node.firstChild?.to ?? node.from;
        // Python 2's `print x` parses in Lezer; CPython fails after the name.
        if (isPrintExpression(ctx, end)) ignored.push({ from: node.from, to: node.to });
        else offsets.push(end);
      }
      // Lezer lets `elif` go without a condition; CPython fails at its ':'.
      if (node.name === "elif" && node.node.nextSibling?.name === "Body") offsets.push(node.to);
      // Lezer allows keywords as attribute names (`asyncio.async`); CPython does not.
      if (
        node.name === "PropertyName" &&
        KEYWORDS_AND_CONSTANTS.has(ctx.source.slice(node.from, node.to))
      ) {
        offsets.push(node.from);
      }
    },
  });
  offsets.sort((a, b) => a - b);
  let skipUntil = -1;
  for (const at of offsets) {
    if (ignored.some((r) => at >= r.from && at <= r.to)) continue;
    let i = tokenIndexAt(ctx, at);
    if (i < skipUntil) continue;
    // An error inside an f-string's fields: CPython parses those when it builds the string atom,
    // after fetching the token that follows the (implicitly concatenated) strings.
    const inside = ctx.tokens[i];
    if (inside?.type === "STRING" && ctx.index.offset(inside.line, inside.col) < at) {
      while (ctx.tokens[i]?.type === "STRING") i++;
    }
    // Lezer reports a statement at its first token; CPython fails on that token too, never on
    // the INDENT/DEDENT before it (those are blockCandidate's business).
    while (
      i < ctx.tokens.length &&
      (ctx.tokens[i]?.type === "DEDENT" || ctx.tokens[i]?.type === "INDENT")
    )
      i++;
    if (lezerOnly(ctx.tokens, i)) {
      // Lezer's repair can derail the rest of the statement, and after a `with`/`case` header the
      // rest of the file: skip those errors too (the token-level checks still run).
      const head = ctx.tokens[lineStart(ctx.tokens, i)]?.value;
      skipUntil =
        head === "@" || head === undefined ? statementEnd(ctx.tokens, i) : ctx.tokens.length;
      if (skipUntil === ctx.tokens.length) ctx.trustedUntil = Math.min(ctx.trustedUntil, at);
      continue;
    }
    if (isBareYield(ctx.tokens, i) || afterPointNumber(ctx.tokens, i)) continue;
    return { index: i, error: null };
  }
  return null;
}

const OPENERS = new Set(["(", "[", "{"]);

/** The index just past the bracket group opened at `i`, or null when the file ends inside it. */
export function skipGroup(tokens: Token[], i: number): number | null {
  const open = tokens[i] as Token;
  for (let j = i + 1; j < tokens.length; j++) {
    if ((tokens[j] as Token).level < open.level) return j + 1;
  }
  return null;
}

const BINARY = new Set([
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
  "<",
  ">",
  "==",
  "!=",
  "<=",
  ">=",
  "and",
  "or",
  "in",
  "is",
]);

/** True when a token can begin an expression. */
export function startsExpression(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.type === "NUMBER" || token.type === "STRING") return true;
  if (token.type === "NAME") {
    return !KEYWORDS.has(token.value) || ["not", "lambda", "await"].includes(token.value);
  }
  return (
    token.type === "OP" &&
    (OPENERS.has(token.value) || ["-", "+", "~", "..."].includes(token.value))
  );
}

/** True when a token can end an expression. */
export function endsExpression(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.type === "NUMBER" || token.type === "STRING") return true;
  if (token.type === "NAME") return !KEYWORDS.has(token.value);
  return token.type === "OP" && [")", "]", "}", "..."].includes(token.value);
}

function scanOperand(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  // Running out of tokens (the tokenizer stopped inside brackets) consumes everything.
  if (!t) return i >= tokens.length ? tokens.length : null;
  if (t.type === "OP" && ["-", "+", "~"].includes(t.value)) return scanOperand(tokens, i + 1);
  if (t.type === "NAME" && (t.value === "not" || t.value === "await"))
    return scanOperand(tokens, i + 1);
  let j: number;
  if (t.type === "NAME" && t.value === "lambda") {
    j = i + 1;
    while (j < tokens.length && !(tokens[j]?.value === ":" && tokens[j]?.level === t.level)) j++;
    return scanExpression(tokens, j + 1);
  }
  if (t.type === "STRING") {
    j = i + 1;
    while (tokens[j]?.type === "STRING") j++;
  } else if (
    t.type === "NUMBER" ||
    (t.type === "NAME" && !KEYWORDS.has(t.value)) ||
    t.value === "..."
  ) {
    j = i + 1;
  } else if (t.type === "OP" && OPENERS.has(t.value)) {
    if (tokens[i + 1]?.value === ",") return null;
    const end = skipGroup(tokens, i);
    if (end === null) return null;
    j = end;
  } else return null;
  for (;;) {
    const next = tokens[j];
    if (next?.type === "OP" && (next.value === "(" || next.value === "[")) {
      const end = skipGroup(tokens, j);
      if (end === null) return null;
      j = end;
    } else if (next?.value === "." && tokens[j + 1]?.type === "NAME") j += 2;
    else return j;
  }
}

/** The index just past the expression starting at `i` (a rough `expression` rule), or null. */
export function scanExpression(tokens: Token[], i: number): number | null {
  let j = scanOperand(tokens, i);
  if (j === null) return null;
  for (;;) {
    const t = tokens[j];
    if (!t) return j;
    if (t.type === "OP" || t.type === "NAME") {
      if (t.value === "not" && tokens[j + 1]?.value === "in") {
        const k = scanOperand(tokens, j + 2);
        if (k === null) return j;
        j = k;
        continue;
      }
      if (t.value === "is" && tokens[j + 1]?.value === "not") {
        const k = scanOperand(tokens, j + 2);
        if (k === null) return j;
        j = k;
        continue;
      }
      if (BINARY.has(t.value)) {
        const k = scanOperand(tokens, j + 1);
        if (k === null) return j;
        j = k;
        continue;
      }
      if (t.value === "if") {
        const cond = scanExpression(tokens, j + 1);
        if (cond === null || tokens[cond]?.value !== "else") return j;
        const other = scanExpression(tokens, cond + 1);
        return other ?? j;
      }
    }
    return j;
  }
}

/** The index just past a comma-separated list of expressions starting at `i`, or null. */
export function scanExpressions(tokens: Token[], i: number): number | null {
  let end = scanExpression(tokens, i);
  while (end !== null && tokens[end]?.value === ",") {
    const next = scanExpression(tokens, end + 1);
    if (next === null) return end + 1;
    end = next;
  }
  return end;
}

/** Index of the bracket that the closing bracket at `j` closes. */
function openerOf(tokens: Token[], j: number): number {
  const outer = (tokens[j] as Token).level;
  let o = j - 1;
  while (o > 0 && (tokens[o - 1] as Token).level > outer) o--;
  return o;
}

const UNARY = new Set(["-", "+", "~", "not", "await"]);

/** Index of the first token of the primary (atom and trailers) ending at token `j`, or null. */
function primaryStart(tokens: Token[], j: number): number | null {
  const t = tokens[j];
  if (!t) return null;
  let s: number;
  if (t.type === "OP" && [")", "]", "}"].includes(t.value)) s = openerOf(tokens, j);
  else if (t.type === "STRING") {
    s = j;
    while (tokens[s - 1]?.type === "STRING") s--;
  } else if (
    t.type === "NUMBER" ||
    t.value === "..." ||
    (t.type === "NAME" && !KEYWORDS.has(t.value))
  )
    s = j;
  else return null;
  const opener = tokens[s] as Token;
  if (
    opener.type === "OP" &&
    (opener.value === "(" || opener.value === "[") &&
    endsExpression(tokens[s - 1])
  ) {
    return primaryStart(tokens, s - 1);
  }
  if (t.type === "NAME" && tokens[s - 1]?.value === ".") return primaryStart(tokens, s - 2);
  return s;
}

/** Index of the first token of the longest `disjunction` ending at token `j` (scanning back). */
export function disjunctionStart(tokens: Token[], j: number): number | null {
  let s = primaryStart(tokens, j);
  if (s === null) return null;
  for (;;) {
    const before = tokens[s - 1];
    if (!before) return s;
    let opStart = -1;
    if (before.value === "in" && tokens[s - 2]?.value === "not") opStart = s - 2;
    else if (before.value === "not" && tokens[s - 2]?.value === "is") opStart = s - 2;
    else if (BINARY.has(before.value) && endsExpression(tokens[s - 2])) opStart = s - 1;
    if (opStart >= 0) {
      const k = primaryStart(tokens, opStart - 1);
      if (k === null) return s;
      s = k;
      continue;
    }
    if (UNARY.has(before.value) && !endsExpression(tokens[s - 2])) {
      s--;
      continue;
    }
    return s;
  }
}

/** Index of the first token of the logical line holding token `i`. */
export function lineStart(tokens: Token[], i: number): number {
  let j = i;
  while (j > 0) {
    const prev = tokens[j - 1] as Token;
    if (prev.type === "NEWLINE" || prev.type === "INDENT" || prev.type === "DEDENT") break;
    if (prev.value === ";" && prev.level === 0) break;
    j--;
  }
  return j;
}

/** CPython's expression name (`_PyPegen_get_expr_name`) for the tokens `first`..`last`, read
 * from the tokens alone (for statements Lezer had to repair). */
export function tokenExpressionName(tokens: Token[], first: number, last: number): string {
  const a = tokens[first] as Token;
  const z = tokens[last] as Token;
  if (a.value === "await") return "await expression";
  const top = tokens
    .slice(first, last + 1)
    .filter((t) => t.level === a.level - (OPENERS.has(a.value) ? 1 : 0));
  if (top.some((t) => ["<", ">", "==", "!=", "<=", ">=", "in", "is"].includes(t.value)))
    return "comparison";
  if (
    top.some((t) => t.type === "OP" && BINARY.has(t.value)) ||
    top.some((t) => t.value === "and" || t.value === "or")
  ) {
    return "expression";
  }
  if (first === last) {
    if (a.type === "NUMBER") return "literal";
    if (a.type === "STRING")
      return /^[a-zA-Z]*[fF]/.test(a.value) ? "f-string expression" : "literal";
    if (a.value === "True" || a.value === "False" || a.value === "None") return a.value;
    if (a.value === "...") return "ellipsis";
    return "name";
  }
  if (a.type === "STRING" && tokens.slice(first, last + 1).every((t) => t.type === "STRING"))
    return "literal";
  if (z.value === ")") {
    const open = openerOf(tokens, last);
    if (open > first) return "function call";
    return tokens.slice(first, last).some((t) => t.level === z.level + 1 && t.value === ",")
      ? "tuple"
      : "expression";
  }
  if (z.value === "]") return openerOf(tokens, last) > first ? "subscript" : "list";
  if (z.value === "}")
    return tokens.slice(first, last).some((t) => t.value === ":") ? "dict literal" : "set display";
  if (tokens[last - 1]?.value === ".") return "attribute";
  return "expression";
}

/** The index of the first token after the block that starts after the `:` at `colon`. */
export function afterBlock(tokens: Token[], colon: number): number {
  let j = colon + 1;
  if (tokens[j]?.type !== "NEWLINE") {
    while (j < tokens.length && tokens[j]?.type !== "NEWLINE") j++;
    return j + 1;
  }
  if (tokens[j + 1]?.type !== "INDENT") return j + 1;
  let depth = 0;
  for (j += 1; j < tokens.length; j++) {
    const type = tokens[j]?.type;
    if (type === "INDENT") depth++;
    else if (type === "DEDENT" && --depth === 0) return j + 1;
  }
  return j;
}
