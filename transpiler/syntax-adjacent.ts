// Token pairs CPython's grammar never allows, found on the token stream: two operands side by side
// (`a b`, `f(x)y`), `def f[...]` / `class C[...]` (3.12 syntax) and `def f:`.

import {
  type Candidate,
  endsExpression,
  lineStart,
  type SyntaxContext,
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

/** The first token that no Python 3.11 parse can accept after its predecessor. */
export function adjacentCandidate(ctx: SyntaxContext): Candidate | null {
  const tokens = ctx.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (juxtaposed(tokens, i)) return { index: i, error: null };
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
