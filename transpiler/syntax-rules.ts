// CPython 3.11's specific parser messages (the `invalid_*` rules of Grammar/python.gram), tried
// where the parser failed before falling back to "invalid syntax".

import type { Tree } from "@lezer/common";
import type { ParseFailure } from "./syntax-parse.js";
import type { CPythonError } from "./syntax-position.js";
import type { TokenizeResult } from "./syntax-tokens.js";

/** The specific message CPython gives for a parse failure, or null for plain "invalid syntax". */
export function parserMessage(
  _source: string,
  _tree: Tree,
  _tokens: TokenizeResult,
  _failure: ParseFailure,
): CPythonError | null {
  return null;
}
