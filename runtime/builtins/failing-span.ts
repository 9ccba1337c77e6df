// Where on its line an exception was raised, for the `^^^`/`~~^~~` markers under the innermost frame
// when only the line is known: the division of a ZeroDivisionError, the subscript of a
// KeyError/IndexError. Mirrors the positions CPython 3.11 records per instruction (PEP 657).
import { scan, type Token } from "./carets.js";

const OPENERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
const CLOSERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
const TERM_OPS = new Set(["*", "/", "//", "%", "@"]);
const UNARY = new Set(["-", "+", "~"]);

function isAtom(t: Token | undefined): boolean {
  return t !== undefined && /^[\p{L}\p{N}_'"]/u.test(t.text) && !KEYWORDS.has(t.text);
}

const KEYWORDS = new Set([
  "and",
  "or",
  "not",
  "in",
  "is",
  "if",
  "else",
  "for",
  "lambda",
  "await",
  "return",
  "yield",
  "raise",
  "assert",
  "del",
  "import",
  "from",
  "as",
  "with",
  "while",
  "elif",
]);

function matchBack(tokens: Token[], close: number): number {
  const open = OPENERS[tokens[close]!.text]!;
  for (let j = close - 1; j >= 0; j--) {
    if (tokens[j]!.depth === tokens[close]!.depth && tokens[j]!.text === open) return j;
  }
  return -1;
}

function matchForward(tokens: Token[], open: number): number {
  const close = CLOSERS[tokens[open]!.text]!;
  for (let j = open + 1; j < tokens.length; j++) {
    if (tokens[j]!.depth === tokens[open]!.depth && tokens[j]!.text === close) return j;
  }
  return -1;
}

/** Index of the first token of the primary (atom with trailers) that ends at token `i`, or -1. */
function primaryStart(tokens: Token[], i: number): number {
  for (;;) {
    const t = tokens[i];
    if (t === undefined) return -1;
    let start: number;
    if (t.text in OPENERS) {
      start = matchBack(tokens, i);
      if (start < 0) return -1;
      const before = tokens[start - 1];
      // A call or subscript trailer: the primary goes on to the left.
      if (t.text !== "}" && (isAtom(before) || (before !== undefined && before.text in OPENERS))) {
        i = start - 1;
        continue;
      }
    } else if (isAtom(t)) {
      start = i;
    } else {
      return -1;
    }
    if (tokens[start - 1]?.text === ".") {
      i = start - 2;
      continue;
    }
    return start;
  }
}

/** Index of the last token of the primary that starts at token `i`, or -1. */
function primaryEnd(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t === undefined) return -1;
  let end: number;
  if (t.text in CLOSERS) end = matchForward(tokens, i);
  else if (isAtom(t)) end = i;
  else return -1;
  while (end >= 0) {
    const next = tokens[end + 1];
    if (next?.text === "(" || next?.text === "[") end = matchForward(tokens, end + 1);
    else if (next?.text === "." && isAtom(tokens[end + 2])) end += 2;
    else break;
  }
  return end;
}

/** A power/unary operand ending at token `i` (`-x`, `a ** b`), as the index of its first token. */
function factorStart(tokens: Token[], i: number): number {
  let start = primaryStart(tokens, i);
  while (start > 1 && tokens[start - 1]!.text === "**") start = primaryStart(tokens, start - 2);
  while (start > 0 && UNARY.has(tokens[start - 1]!.text) && !isOperandEnd(tokens[start - 2])) {
    start--;
  }
  return start;
}

function factorEnd(tokens: Token[], i: number): number {
  while (tokens[i] !== undefined && UNARY.has(tokens[i]!.text)) i++;
  let end = primaryEnd(tokens, i);
  while (end >= 0 && tokens[end + 1]?.text === "**") end = primaryEnd(tokens, end + 2);
  return end;
}

function isOperandEnd(t: Token | undefined): boolean {
  return t !== undefined && (isAtom(t) || t.text === ")" || t.text === "]" || t.text === "}");
}

function divisionSpan(tokens: Token[]): [number, number] | null {
  const op = tokens.findIndex(
    (t, i) => (t.text === "/" || t.text === "//" || t.text === "%") && isOperandEnd(tokens[i - 1]),
  );
  if (op < 0) return null;
  let start = factorStart(tokens, op - 1);
  while (start > 1 && TERM_OPS.has(tokens[start - 1]!.text) && isOperandEnd(tokens[start - 2])) {
    const s = factorStart(tokens, start - 2);
    if (s < 0) break;
    start = s;
  }
  const end = factorEnd(tokens, op + 1);
  return start < 0 || end < 0 ? null : [tokens[start]!.start, tokens[end]!.end];
}

/** Index of the first token of the term (`a * -b`, a chain of factors) that ends at token `i`. */
function termStart(tokens: Token[], i: number): number {
  let start = factorStart(tokens, i);
  while (start > 1 && TERM_OPS.has(tokens[start - 1]!.text) && isOperandEnd(tokens[start - 2])) {
    const s = factorStart(tokens, start - 2);
    if (s < 0) break;
    start = s;
  }
  return start;
}

function termEnd(tokens: Token[], i: number): number {
  let end = factorEnd(tokens, i);
  while (end >= 0 && TERM_OPS.has(tokens[end + 1]?.text ?? "")) end = factorEnd(tokens, end + 2);
  return end;
}

/** The binary operation `op` whose operands had the wrong types (a TypeError), when the line has
 * exactly one: its left operand reaches back as far as the operator's precedence allows. */
function operatorSpan(tokens: Token[], op: string | undefined): [number, number] | null {
  if (op === undefined) return null;
  const at = tokens
    .map((t, i) => (t.text === op && isOperandEnd(tokens[i - 1]) ? i : -1))
    .filter((i) => i >= 0);
  if (at.length !== 1) return null;
  const k = at[0]!;
  let start: number;
  let end: number;
  if (op === "**") {
    start = primaryStart(tokens, k - 1);
    end = factorEnd(tokens, k + 1);
  } else if (TERM_OPS.has(op)) {
    start = termStart(tokens, k - 1);
    end = factorEnd(tokens, k + 1);
  } else if (op === "+" || op === "-") {
    start = termStart(tokens, k - 1);
    while (
      start > 1 &&
      (tokens[start - 1]!.text === "+" || tokens[start - 1]!.text === "-") &&
      isOperandEnd(tokens[start - 2])
    ) {
      const s = termStart(tokens, start - 2);
      if (s < 0) break;
      start = s;
    }
    end = termEnd(tokens, k + 1);
  } else {
    return null;
  }
  return start < 0 || end < 0 ? null : [tokens[start]!.start, tokens[end]!.end];
}

/** `obj.name` raising AttributeError: from the start of `obj` to the end of `name`. */
function attributeSpan(tokens: Token[], name: string | undefined): [number, number] | null {
  const dot = tokens.findIndex(
    (t, i) => t.text === "." && tokens[i + 1]?.text === name && isOperandEnd(tokens[i - 1]),
  );
  if (dot < 0) return null;
  const start = primaryStart(tokens, dot - 1);
  return start < 0 ? null : [tokens[start]!.start, tokens[dot + 1]!.end];
}

/** The first read of variable `name`: not an attribute, a keyword argument or an assignment target. */
function nameSpan(tokens: Token[], name: string | undefined): [number, number] | null {
  const at = tokens.findIndex(
    (t, i) => t.text === name && tokens[i - 1]?.text !== "." && tokens[i + 1]?.text !== "=",
  );
  return at < 0 ? null : [tokens[at]!.start, tokens[at]!.end];
}

/** A string or number literal token as Python's repr would print it, or null. */
function literalRepr(t: Token): string | null {
  if (/^\d+$/.test(t.text)) return t.text;
  const m = /^(['"])([^'"\\]*)\1$/.exec(t.text);
  return m === null ? null : `'${m[2]}'`;
}

function subscriptSpan(tokens: Token[], keyRepr: string | undefined): [number, number] | null {
  const spans: [number, number][] = [];
  tokens.forEach((t, open) => {
    if (t.text !== "[" || !isOperandEnd(tokens[open - 1])) return;
    const start = primaryStart(tokens, open - 1);
    const close = matchForward(tokens, open);
    if (start < 0 || close < 0) return;
    // `d["a"] + d[key]` raising KeyError('z'): a literal index other than the key did not raise.
    const index = close === open + 2 ? literalRepr(tokens[open + 1]!) : null;
    if (keyRepr !== undefined && index !== null && index !== keyRepr) return;
    spans.push([tokens[start]!.start, tokens[close]!.end]);
  });
  return spans[0] ?? null;
}

/** The tokens of one source line, or null where the scanner gives up. */
function tokensOf(source: string): Token[] | null {
  try {
    return scan(source);
  } catch {
    return null;
  }
}

/**
 * Columns `[col, endCol)` of the expression that raised `exc` on `source`, when the line alone tells
 * (a ZeroDivisionError's division, a KeyError's/IndexError's subscript, an AttributeError's
 * `obj.name`, a NameError's name, a TypeError's binary operation; `keyRepr` is the repr of a KeyError's key, which rules out
 * subscripts by other literal keys, or an AttributeError's attribute, a NameError's name or a TypeError's operator); null
 * otherwise.
 */
export function failingSpan(
  source: string,
  excName: string,
  keyRepr?: string,
): [number, number] | null {
  if (/^\s*(raise|assert)\b/.test(source)) return null;
  const tokens = tokensOf(source);
  if (tokens === null) return null;
  if (excName === "ZeroDivisionError") return divisionSpan(tokens);
  if (excName === "KeyError") return subscriptSpan(tokens, keyRepr);
  if (excName === "IndexError") return subscriptSpan(tokens, undefined);
  if (excName === "AttributeError") return attributeSpan(tokens, keyRepr);
  if (excName === "NameError") return nameSpan(tokens, keyRepr);
  if (excName === "TypeError") return operatorSpan(tokens, keyRepr);
  return null;
}

/**
 * Columns `[col, endCol)` on `source` of the one call of function `name` (`total(x)`,
 * `self.total(x)`): what a caller's frame is running while `name` runs. Null when there is not
 * exactly one.
 */
export function callerSpan(source: string, name: string): [number, number] | null {
  const tokens = tokensOf(source);
  if (tokens === null) return null;
  const spans: [number, number][] = [];
  tokens.forEach((t, i) => {
    if (t.text !== name || tokens[i + 1]?.text !== "(") return;
    const start = primaryStart(tokens, i);
    const close = matchForward(tokens, i + 1);
    if (start >= 0 && close >= 0) spans.push([tokens[start]!.start, tokens[close]!.end]);
  });
  return spans.length === 1 ? spans[0]! : null;
}
