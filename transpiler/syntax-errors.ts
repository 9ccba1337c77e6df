// CPython 3.11's first SyntaxError for a module, in its wording and at its position: tokenizer
// errors first, then the parser's, then the symtable's and compiler's (as Python/pythonrun.c does).

import type { Tree } from "@lezer/common";
import type { Diagnostic } from "./diagnostics.js";
import { adjacentCandidate } from "./syntax-adjacent.js";
import { argumentCandidate } from "./syntax-arguments.js";
import { blockCandidate, tryCandidate } from "./syntax-blocks.js";
import { compileErrors } from "./syntax-compile.js";
import { fstringCandidate } from "./syntax-fstring.js";
import { type Candidate, lezerFailure, type SyntaxContext, tokenError } from "./syntax-parse.js";
import { type CPythonError, LineIndex } from "./syntax-position.js";
import { parserMessage, unclosedReach } from "./syntax-rules.js";
import { targetCandidate } from "./syntax-targets.js";
import { type Token, type TokenizeResult, tokenize } from "./syntax-tokens.js";

/** The SyntaxError (or IndentationError/TabError) CPython 3.11 reports first for `source`, as a
 * one-element list, or [] when CPython compiles it. `tree` is `parser.parse(source)`. */
export function syntaxErrors(source: string, tree: Tree): Diagnostic[] {
  const index = new LineIndex(source);
  const error = firstError(source, tree, tokenize(source), index);
  return error ? [toDiagnostic(error, index)] : [];
}

/** The earliest candidate; on a tie, one whose rule already knows the message. */
function earliest(candidates: (Candidate | null)[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (!c) continue;
    if (!best || c.index < best.index || (c.index === best.index && c.error && !best.error))
      best = c;
  }
  return best;
}

function firstError(
  source: string,
  tree: Tree,
  tokens: TokenizeResult,
  index: LineIndex,
): CPythonError | null {
  const stop = tokens.error;
  const ctx: SyntaxContext = {
    source,
    tree,
    tokens: tokens.tokens,
    index,
    trustedUntil: Number.POSITIVE_INFINITY,
  };
  const failure = earliest([
    lezerFailure(ctx),
    tryCandidate(ctx),
    blockCandidate(ctx),
    fstringCandidate(ctx),
    targetCandidate(ctx),
    argumentCandidate(ctx),
    adjacentCandidate(ctx),
  ]);
  if (failure && failure.index < tokens.tokens.length) {
    const token = tokens.tokens[failure.index] as Token;
    let error = failure.error;
    let reach = failure.reach ?? token.line;
    if (!error) {
      const rule = parserMessage(ctx, failure.index);
      // A generic failure on an INDENT/DEDENT is reported as is (_PyPegen_set_syntax_error
      // returns before re-tokenizing the rest of the file).
      if (!rule && (token.type === "INDENT" || token.type === "DEDENT"))
        return genericError(ctx, token);
      error = rule?.error ?? genericError(ctx, token);
      reach = rule?.reach ?? unclosedReach(ctx, failure.index) ?? reach;
    }
    if (error.message === "unexpected indent" || error.message === "unexpected unindent")
      return error;
    // Otherwise a tokenizer error CPython raises itself wins: the parser re-tokenizes the rest of
    // the file before it reports its own error.
    if (stop?.raising) return stop;
    const open = stop?.eofInBracket;
    if (stop && open && reach > open.line) return stop;
    return error;
  }
  if (stop) return stop;
  if (failure) return genericError(ctx, tokens.tokens[tokens.tokens.length - 1] as Token);
  const compile = compileErrors(source, tree);
  if (!compile || compile.from >= ctx.trustedUntil) return null;
  const start = index.position(compile.from);
  const end = index.position(compile.to);
  return {
    kind: compile.kind,
    message: compile.message,
    line: start.line,
    offset: start.col + 1,
    endLine: end.line,
    endOffset: end.col + 1,
  };
}

/** CPython's fallback: "invalid syntax" on the token the parser could not use. */
function genericError(ctx: SyntaxContext, token: Token): CPythonError {
  if (token.type === "INDENT")
    return tokenError(ctx, token, "IndentationError", "unexpected indent");
  if (token.type === "DEDENT")
    return tokenError(ctx, token, "IndentationError", "unexpected unindent");
  return tokenError(ctx, token, "SyntaxError", "invalid syntax");
}

/** `from`/`to` span what CPython underlines with carets (one character when it prints one). */
function toDiagnostic(error: CPythonError, index: LineIndex): Diagnostic {
  const from = Math.min(
    index.offset(error.line, Math.max(error.offset - 1, 0)),
    index.source.length,
  );
  // CPython underlines an IndentationError (and TabError) with a single caret.
  const hasEnd =
    error.kind === "SyntaxError" &&
    error.endOffset > 0 &&
    (error.endLine > error.line || error.endOffset > error.offset);
  const end = hasEnd ? index.offset(error.endLine, error.endOffset - 1) : from + 1;
  return {
    severity: "error",
    kind: error.kind,
    message: error.message,
    from,
    to: Math.max(from, Math.min(end, index.source.length)),
    start: { line: error.line, column: error.offset },
  };
}
