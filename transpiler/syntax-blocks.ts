// Block structure errors CPython finds on its token stream: "unexpected indent" and "expected an
// indented block after 'if' statement on line N" (the invalid_*_stmt rules of Grammar/python.gram).

import {
  afterBlock,
  type Candidate,
  lineStart,
  type SyntaxContext,
  tokenError,
} from "./syntax-parse.js";
import type { Token } from "./syntax-tokens.js";

const STATEMENTS: Record<string, string> = {
  if: "'if' statement",
  elif: "'elif' statement",
  else: "'else' statement",
  while: "'while' statement",
  for: "'for' statement",
  with: "'with' statement",
  try: "'try' statement",
  except: "'except' statement",
  finally: "'finally' statement",
  def: "function definition",
  class: "class definition",
  match: "'match' statement",
  case: "'case' statement",
};

/** What the block after the `:` at `colon` belongs to, with the keyword token, or null. */
function blockOwner(tokens: Token[], colon: number): { what: string; keyword: Token } | null {
  let i = lineStart(tokens, colon);
  let keyword = tokens[i];
  if (keyword?.value === "async") keyword = tokens[++i];
  if (keyword?.type !== "NAME") return null;
  if (keyword.value === "except" && tokens[i + 1]?.value === "*") {
    return { what: "'except*' statement", keyword };
  }
  const what = STATEMENTS[keyword.value];
  return what ? { what, keyword } : null;
}

/** The first INDENT that opens no block, or block header with no indented body. */
export function blockCandidate(ctx: SyntaxContext): Candidate | null {
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    const opensBlock = prev?.type === "NEWLINE" && prev2?.value === ":" && prev2.type === "OP";
    // A decorator line must be followed by the decorated statement at the same indentation.
    const afterDecorator =
      prev?.type === "NEWLINE" && tokens[lineStart(tokens, i - 1)]?.value === "@";
    if ((t.type === "INDENT" || t.type === "DEDENT") && afterDecorator) {
      const message = t.type === "INDENT" ? "unexpected indent" : "unexpected unindent";
      return { index: i, error: tokenError(ctx, t, "IndentationError", message) };
    }
    if (t.type === "INDENT" && !opensBlock) {
      return { index: i, error: tokenError(ctx, t, "IndentationError", "unexpected indent") };
    }
    if (opensBlock && t.type !== "INDENT") {
      const owner = blockOwner(tokens, i - 2);
      if (!owner) continue;
      const message = `expected an indented block after ${owner.what} on line ${owner.keyword.line}`;
      return { index: i, error: tokenError(ctx, t, "IndentationError", message) };
    }
  }
  return null;
}

/** Mirrors invalid_try_stmt: a `try` block followed by neither `except` nor `finally`. */
export function tryCandidate(ctx: SyntaxContext): Candidate | null {
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (
      t.value !== "try" ||
      t.type !== "NAME" ||
      tokens[i + 1]?.value !== ":" ||
      lineStart(tokens, i) !== i
    )
      continue;
    // `try:` with no indented block is blockCandidate's "expected an indented block".
    if (tokens[i + 2]?.type === "NEWLINE" && tokens[i + 3]?.type !== "INDENT") continue;
    const next = afterBlock(tokens, i + 1);
    const after = tokens[next];
    if (!after || after.value === "except" || after.value === "finally") continue;
    return {
      index: next,
      error: tokenError(ctx, after, "SyntaxError", "expected 'except' or 'finally' block"),
    };
  }
  return null;
}
