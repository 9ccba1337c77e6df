// Where CPython 3.11's parser (Parser/pegen.c) would stop on a program that does not parse, found
// from the first error node of the Lezer tree and placed on CPython's token stream.

import type { Tree } from "@lezer/common";
import type { LineIndex } from "./syntax-position.js";
import type { Token, TokenizeResult } from "./syntax-tokens.js";

/** The token CPython's parser fails on, or null when the Lezer tree has no error CPython shares. */
export interface ParseFailure {
  /** Index into `TokenizeResult.tokens`; equal to the token count when the failure lies past the
   * point where the tokenizer stopped. */
  index: number;
  /** Offset (original source) of the Lezer error node. */
  at: number;
}

const before = (a: { line: number; col: number }, b: { line: number; col: number }): boolean =>
  a.line < b.line || (a.line === b.line && a.col < b.col);

/** Offsets of every Lezer error node, in document order. */
function errorOffsets(tree: Tree): number[] {
  const out: number[] = [];
  tree.iterate({
    enter(node) {
      if (node.type.isError) out.push(node.from);
    },
  });
  return out.sort((a, b) => a - b);
}

/** Lezer errors CPython does not share: its grammar requires a value after `yield`. */
function isBareYield(tokens: Token[], index: number): boolean {
  const prev = tokens[index - 1];
  const here = tokens[index];
  if (prev?.type !== "NAME" || prev.value !== "yield" || !here) return false;
  return here.type === "NEWLINE" || [")", "]", "}", ";", "="].includes(here.value);
}

/** Finds the first parse failure CPython would also see. */
export function parseFailure(
  tree: Tree,
  tokens: TokenizeResult,
  index: LineIndex,
): ParseFailure | null {
  const list = tokens.tokens;
  for (const at of errorOffsets(tree)) {
    const pos = index.position(at);
    let i = 0;
    while (i < list.length) {
      const token = list[i] as Token;
      if (!before(token, pos) && !(token.type === "DEDENT" && token.line === pos.line)) break;
      i++;
    }
    // Skip the INDENT/DEDENT tokens CPython emits before a statement: Lezer reports the statement.
    while (i < list.length && list[i]?.type === "DEDENT") i++;
    if (isBareYield(list, i)) continue;
    return { index: i, at };
  }
  return null;
}
