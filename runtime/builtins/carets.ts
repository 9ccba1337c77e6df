// The `^^^`/`~~^~~` marker line CPython 3.11 prints under a traceback's source line, from the
// failing expression's columns. Mirrors StackSummary.format_frame_summary and
// _extract_caret_anchors_from_line_segment in Lib/traceback.py (3.11), with a small scanner in
// place of `ast.parse` for the two shapes that get anchors: binary operations and subscripts.

/** A token of one source line, with its bracket depth. */
export interface Token {
  text: string;
  start: number;
  end: number;
  depth: number;
}

const OPERATORS = [
  "**",
  "//",
  "<<",
  ">>",
  "<=",
  ">=",
  "==",
  "!=",
  ":=",
  "->",
  "+",
  "-",
  "*",
  "/",
  "%",
  "@",
  "|",
  "^",
  "&",
  "~",
  "<",
  ">",
  "=",
  ",",
  ":",
  ".",
  ";",
];
const LEVEL: Record<string, number> = {
  "|": 1,
  "^": 2,
  "&": 3,
  "<<": 4,
  ">>": 4,
  "+": 5,
  "-": 5,
  "*": 6,
  "/": 6,
  "//": 6,
  "%": 6,
  "@": 6,
  "**": 8,
};
const BLOCKERS = new Set([
  "and",
  "or",
  "not",
  "if",
  "else",
  "lambda",
  "in",
  "is",
  "for",
  "yield",
  "<",
  ">",
  "<=",
  ">=",
  "==",
  "!=",
  "=",
  ":=",
  ",",
  ":",
  ";",
  "->",
]);

/** Tokens of one line of Python (null when it does not scan: an unclosed string or bracket). */
export function scan(s: string): Token[] | null {
  const tokens: Token[] = [];
  let depth = 0;
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "#") break;
    const str = /^[rRbBuUfF]{0,2}('{3}|"{3}|'|")/.exec(s.slice(i));
    if (str) {
      const quote = str[1]!;
      let j = i + str[0].length;
      while (j < s.length && !s.startsWith(quote, j)) j += s[j] === "\\" ? 2 : 1;
      if (j >= s.length) return null;
      j += quote.length;
      tokens.push({ text: s.slice(i, j), start: i, end: j, depth });
      i = j;
      continue;
    }
    const word =
      /^[\p{L}_][\p{L}\p{N}_]*/u.exec(s.slice(i)) ??
      /^(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][-+]?\d+)?[jJ]?/.exec(s.slice(i));
    if (word) {
      tokens.push({ text: word[0], start: i, end: i + word[0].length, depth });
      i += word[0].length;
      continue;
    }
    if ("([{".includes(c)) {
      tokens.push({ text: c, start: i, end: i + 1, depth });
      depth++;
      i++;
      continue;
    }
    if (")]}".includes(c)) {
      depth--;
      if (depth < 0) return null;
      tokens.push({ text: c, start: i, end: i + 1, depth });
      i++;
      continue;
    }
    const op = OPERATORS.find((o) => s.startsWith(o, i));
    if (op === undefined) return null;
    tokens.push({ text: op, start: i, end: i + op.length, depth });
    i += op.length;
  }
  return depth === 0 ? tokens : null;
}

function isOperand(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (")]}".includes(t.text)) return true;
  if (/^[\p{L}\p{N}_'"]/u.test(t.text)) return !BLOCKERS.has(t.text) && t.text !== "await";
  return false;
}

/** Where a parenthesised operand's AST node starts and ends (parentheses are not part of it). */
function unwrap(s: string, tokens: Token[], from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  for (;;) {
    const first = tokens[a];
    const last = tokens[b - 1];
    if (!first || !last || first.text !== "(" || last.text !== ")" || b - a < 3) break;
    let depth = 0;
    let closesAtEnd = true;
    let comma = false;
    for (let k = a; k < b; k++) {
      const t = tokens[k]!;
      if ("([{".includes(t.text)) depth++;
      else if (")]}".includes(t.text)) {
        depth--;
        if (depth === 0 && k !== b - 1) closesAtEnd = false;
      } else if (t.text === "," && depth === 1) comma = true;
    }
    if (!closesAtEnd || comma) break;
    a++;
    b--;
  }
  void s;
  return [tokens[a]!.start, tokens[b - 1]!.end];
}

/** CPython's anchors in a segment: `[left, right)` gets `^`, the rest of the segment `~`. */
export function caretAnchors(segment: string): [number, number] | null {
  const tokens = scan(segment);
  if (tokens === null || tokens.length === 0) return null;
  const top = tokens.filter((t) => t.depth === 0);
  if (top.some((t) => BLOCKERS.has(t.text))) return null;
  const binary: { token: Token; index: number; level: number }[] = [];
  tokens.forEach((t, index) => {
    if (t.depth === 0 && t.text in LEVEL && isOperand(tokens[index - 1])) {
      binary.push({ token: t, index, level: LEVEL[t.text]! });
    }
  });
  if (binary.length > 0) {
    const min = Math.min(...binary.map((o) => o.level));
    if (min === 8 && !isOperand(tokens[0]) && tokens[0]!.text !== "(") return null;
    const candidates = binary.filter((o) => o.level === min);
    const op = min === 8 ? candidates[0]! : candidates[candidates.length - 1]!;
    const [, leftEnd] = unwrap(segment, tokens, 0, op.index);
    const [rightStart] = unwrap(segment, tokens, op.index + 1, tokens.length);
    const opText = segment.slice(leftEnd, rightStart);
    const offset = opText.length - opText.trimStart().length;
    let left = leftEnd + offset;
    let right = left + 1;
    if (offset + 1 < opText.length && !/\s/.test(opText[offset + 1]!)) right++;
    while (left < segment.length && (/\s/.test(segment[left]!) || ")#".includes(segment[left]!))) {
      left++;
      right++;
    }
    return [left, right];
  }
  const last = tokens[tokens.length - 1]!;
  if (last.text !== "]" || last.depth !== 0 || last.end !== segment.trimEnd().length) return null;
  let open = tokens.length - 1;
  while (open >= 0 && !(tokens[open]!.text === "[" && tokens[open]!.depth === 0)) open--;
  if (open <= 0 || !isOperand(tokens[open - 1])) return null;
  if (["await", "not", "-", "+", "~", "lambda"].includes(tokens[0]!.text)) return null;
  return [tokens[open]!.start, last.end];
}

/**
 * The marker line under `source` for the failing columns `[col, endCol)` (0-based, single line),
 * or null where CPython prints none (the markers would span the whole stripped line).
 */
export function caretLine(source: string, col: number, endCol: number): string | null {
  const stripped = source.trim();
  const lead = source.length - source.trimStart().length;
  endCol = Math.min(endCol, source.length);
  if (col < lead || endCol <= col) return null;
  let anchors: [number, number] | null = null;
  try {
    anchors = caretAnchors(source.slice(col, endCol));
  } catch {
    anchors = null;
  }
  const width = endCol - col;
  if (!(width < stripped.length || (anchors !== null && anchors[1] - anchors[0] > 0))) return null;
  const marks =
    anchors === null
      ? "^".repeat(width)
      : "~".repeat(anchors[0]) +
        "^".repeat(anchors[1] - anchors[0]) +
        "~".repeat(width - anchors[1]);
  return `    ${" ".repeat(col - lead)}${marks}`;
}
