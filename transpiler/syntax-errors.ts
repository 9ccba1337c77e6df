// CPython 3.11's first SyntaxError for a module, in its wording and at its position: tokenizer
// errors first, then the parser's, then the symtable's and compiler's (as Python/pythonrun.c does).

import type { Tree } from "@lezer/common";
import type { Diagnostic } from "./diagnostics.js";
import { compileErrors } from "./syntax-compile.js";
import { parseFailure } from "./syntax-parse.js";
import { type CPythonError, LineIndex } from "./syntax-position.js";
import { parserMessage } from "./syntax-rules.js";
import { type Token, type TokenizeResult, tokenize } from "./syntax-tokens.js";

/** The SyntaxError (or IndentationError/TabError) CPython 3.11 reports first for `source`, as a
 * one-element list, or [] when CPython compiles it. `tree` is `parser.parse(source)`. */
export function syntaxErrors(source: string, tree: Tree): Diagnostic[] {
  const index = new LineIndex(source);
  const error = firstError(source, tree, tokenize(source), index);
  return error ? [toDiagnostic(error, index)] : [];
}

function firstError(
  source: string,
  tree: Tree,
  tokens: TokenizeResult,
  index: LineIndex,
): CPythonError | null {
  const stop = tokens.error;
  // A tokenizer error CPython raises itself wins over any parser error (the parser re-tokenizes
  // the rest of the file before it reports one).
  if (stop?.raising) return stop;
  const failure = parseFailure(tree, tokens, index);
  if (failure && failure.index < tokens.tokens.length) {
    const error =
      parserMessage(source, tree, tokens, failure) ?? genericError(tokens.tokens, failure.index);
    const open = stop?.eofInBracket;
    if (stop && open && error.line > open.line) return stop;
    return error;
  }
  if (stop) return stop;
  if (failure) return genericError(tokens.tokens, tokens.tokens.length - 1);
  const compile = compileErrors(source, tree);
  if (!compile) return null;
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
export function genericError(tokens: Token[], at: number): CPythonError {
  const token = tokens[Math.min(at, tokens.length - 1)] as Token;
  if (token.type === "INDENT" || token.type === "DEDENT") {
    return {
      kind: "IndentationError",
      message: token.type === "INDENT" ? "unexpected indent" : "unexpected unindent",
      line: token.line,
      offset: token.col,
      endLine: token.line,
      endOffset: -1,
    };
  }
  return {
    kind: "SyntaxError",
    message: "invalid syntax",
    line: token.line,
    offset: token.col + 1,
    endLine: token.endLine,
    endOffset: token.endCol + 1,
  };
}

function toDiagnostic(error: CPythonError, index: LineIndex): Diagnostic {
  const from = Math.min(
    index.offset(error.line, Math.max(error.offset - 1, 0)),
    index.source.length,
  );
  const hasEnd =
    error.endOffset > 0 && (error.endLine > error.line || error.endOffset > error.offset);
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
