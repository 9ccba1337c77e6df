// JavaScript operator precedence as data (esbuild's js_ast.L levels): every emitted
// expression has a level, and is parenthesized when its context needs `level >= own`.

/** Precedence levels, lowest first. */
export enum Level {
  Lowest,
  Comma,
  Spread,
  Yield,
  Assign,
  Conditional,
  NullishCoalescing,
  LogicalOr,
  LogicalAnd,
  BitwiseOr,
  BitwiseXor,
  BitwiseAnd,
  Equals,
  Compare,
  Shift,
  Add,
  Multiply,
  Exponentiation,
  Prefix,
  Postfix,
  New,
  Call,
  Member,
}

/** The level of each JS binary operator the emitter uses. */
export const binaryLevel: Record<string, Level> = {
  "||": Level.LogicalOr,
  "&&": Level.LogicalAnd,
  "|": Level.BitwiseOr,
  "^": Level.BitwiseXor,
  "&": Level.BitwiseAnd,
  "===": Level.Equals,
  "!==": Level.Equals,
  "==": Level.Equals,
  "!=": Level.Equals,
  "<": Level.Compare,
  "<=": Level.Compare,
  ">": Level.Compare,
  ">=": Level.Compare,
  instanceof: Level.Compare,
  "<<": Level.Shift,
  ">>": Level.Shift,
  "+": Level.Add,
  "-": Level.Add,
  "*": Level.Multiply,
  "/": Level.Multiply,
  "%": Level.Multiply,
  "**": Level.Exponentiation,
};

/** An emitted expression: its text and the level of its outermost operator. */
export interface Js {
  text: string;
  level: Level;
}

/** Wraps `e` in parentheses when the context level is at least its own. */
export function wrap(e: Js, context: Level): string {
  return context >= e.level ? `(${e.text})` : e.text;
}

/** Builds a binary expression with the usual associativity (right for `**`). */
export function binary(left: Js, op: string, right: Js): Js {
  const own = binaryLevel[op];
  const rightAssoc = op === "**";
  // JS forbids a unary operand on the left of `**` without parentheses.
  const l = wrap(left, rightAssoc ? Level.Prefix : own - 1);
  const r = wrap(right, rightAssoc ? own - 1 : own);
  return { text: `${l} ${op} ${r}`, level: own };
}

/** An expression that never needs parentheses (names, calls, literals). */
export function atom(text: string): Js {
  return { text, level: Level.Member };
}
