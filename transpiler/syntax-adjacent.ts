// Token pairs CPython's grammar never allows, found on the token stream: two operands side by side
// (`a b`, `f(x)y`), `def f[...]` / `class C[...]` (3.12 syntax) and `def f:`.

import {
  type Candidate,
  endsExpression,
  KEYWORDS,
  lineStart,
  rangeError,
  type SyntaxContext,
  scanExpression,
  skipGroup,
  startsExpression,
  tokenError,
} from "./syntax-parse.js";
import type { Token } from "./syntax-tokens.js";

/** True when `t` cannot follow the operand `prev` in any Python 3.11 program. */
function juxtaposed(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!endsExpression(prev) || !startsExpression(t)) return false;
  if (t.type === "STRING" && prev?.type === "STRING") return false;
  if (t.type === "OP" && ["(", "[", "-", "+"].includes(t.value)) return false;
  if (t.value === "not" && tokens[i + 1]?.value === "in") return false;
  // Soft keywords: `match x:` and `case x:` start statements.
  const start = lineStart(tokens, i);
  if (start === i - 1 && prev?.type === "NAME" && (prev.value === "match" || prev.value === "case"))
    return false;
  return true;
}

const COMPOUND = new Set([
  "if",
  "elif",
  "else",
  "while",
  "for",
  "try",
  "except",
  "finally",
  "with",
  "def",
  "class",
  "async",
  "match",
  "case",
  "lambda",
  "@",
]);

/** A simple statement ending in `:` (`main():`, `x in y:`): CPython reads an annotation and fails
 * at the `:` unless the left side is a plain target, then at the end of the line. */
function dangling(tokens: Token[], i: number): number | null {
  const t = tokens[i] as Token;
  const colon = tokens[i - 1];
  if (colon?.value !== ":" || colon.level !== 0 || colon.type !== "OP") return null;
  let start = lineStart(tokens, i - 1);
  if (COMPOUND.has(tokens[start]?.value ?? "")) {
    // A simple statement on the header's line (`for x in y: (1):`) starts after the header's `:`.
    let headerEnd = start;
    while (
      headerEnd < i - 1 &&
      !(tokens[headerEnd]?.value === ":" && tokens[headerEnd]?.level === 0)
    )
      headerEnd++;
    if (headerEnd >= i - 1) return null;
    start = headerEnd + 1;
  }
  const head = tokens.slice(start, i - 1);
  if (head.length === 0 || COMPOUND.has(head[0]?.value ?? "")) return null;
  if (
    head.some((x) => x.level === 0 && (x.value === "lambda" || x.value === ":" || x.value === "="))
  ) {
    return null;
  }
  if (!isSingleTarget(tokens, start, i - 1)) return i - 1;
  return startsExpression(t) ? null : i;
}

/** True when tokens `start`..`end` (exclusive) are a name, attribute or subscript. */
function isSingleTarget(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start] as Token;
  if (
    first.type !== "NAME" ||
    KEYWORDS.has(first.value) ||
    ["True", "False", "None"].includes(first.value)
  ) {
    return false;
  }
  let j = start + 1;
  while (j < end) {
    const t = tokens[j] as Token;
    if (t.value === "." && tokens[j + 1]?.type === "NAME") j += 2;
    else if (t.value === "[") {
      const after = skipGroup(tokens, j);
      if (after === null) return false;
      j = after;
    } else return false;
  }
  return true;
}

/** The first token that no Python 3.11 parse can accept after its predecessor. */
export function adjacentCandidate(ctx: SyntaxContext): Candidate | null {
  const tokens = ctx.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (juxtaposed(tokens, i)) return { index: i, error: null };
    // `await` takes a primary: not another `await`, `not`, `lambda` or a sign.
    if (prev.value === "await" && ["await", "not", "lambda", "-", "+", "~"].includes(t.value)) {
      return { index: i, error: null };
    }
    // `import a,` has no trailing comma.
    const trailingComma = t.type === "NEWLINE" && prev.value === "," && prev.level === 0;
    if (
      trailingComma &&
      ["import", "from", "global", "nonlocal"].includes(tokens[lineStart(tokens, i)]?.value ?? "")
    ) {
      return { index: i, error: null };
    }
    // A decorator is one expression on its own line.
    if (prev.value === "@" && lineStart(tokens, i - 1) === i - 1) {
      const end = scanExpression(tokens, i);
      if (end !== null && tokens[end] && tokens[end]?.type !== "NEWLINE") {
        // After a dangling `.` CPython fails on the token where the name should be.
        return { index: tokens[end]?.value === "." ? end + 1 : end, error: null };
      }
    }
    // Python 2's `except E, e:`.
    if (t.value === "," && t.level === 0 && tokens[lineStart(tokens, i)]?.value === "except") {
      const start = lineStart(tokens, i);
      let colon = i;
      while (colon < tokens.length && !(tokens[colon]?.value === ":" && tokens[colon]?.level === 0))
        colon++;
      const first = tokens[start + (tokens[start + 1]?.value === "*" ? 2 : 1)] as Token;
      const last = tokens[colon - 1] as Token;
      const message = "multiple exception types must be parenthesized";
      return { index: i, error: rangeError(message, first, last) };
    }
    // An attribute needs a name after the dot (`from . import x` is the one other use of `.`).
    if (
      prev.value === "." &&
      prev.type === "OP" &&
      t.type !== "NAME" &&
      tokens[lineStart(tokens, i)]?.value !== "from"
    ) {
      return { index: i, error: null };
    }
    // `:=` needs a bare name on its left.
    const bareName =
      prev.type === "NAME" &&
      !KEYWORDS.has(prev.value) &&
      !["True", "False", "None"].includes(prev.value);
    if (t.value === ":=" && !bareName) return { index: i, error: null };
    // `import` takes dotted names, never a parenthesized list.
    if (prev.value === "import" && lineStart(tokens, i - 1) === i - 1 && t.type !== "NAME") {
      return { index: i, error: null };
    }
    const annotation = dangling(tokens, i);
    if (annotation !== null) return { index: annotation, error: null };
    const keyword = tokens[i - 2];
    if (keyword?.type === "NAME" && prev.type === "NAME" && lineStart(tokens, i - 2) >= i - 3) {
      if (keyword.value === "def" && t.value !== "(") {
        return { index: i, error: tokenError(ctx, t, "SyntaxError", "expected '('") };
      }
      if (keyword.value === "class" && t.value === "[") return { index: i, error: null };
    }
  }
  return null;
}
