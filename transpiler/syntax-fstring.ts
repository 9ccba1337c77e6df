// f-string errors of CPython 3.11 (Parser/string_parser.c, fstring_find_literal/fstring_find_expr),
// raised while the parser builds the string atom, i.e. when it has fetched the token after it.

import {
  type Candidate,
  disjunctionStart,
  endsExpression,
  type SyntaxContext,
  scanExpression,
  startsExpression,
  tokenError,
  tokenOffset,
} from "./syntax-parse.js";
import type { CPythonError } from "./syntax-position.js";
import { type Token, tokenize } from "./syntax-tokens.js";

/** Thrown inside the scanner with CPython's message. */
class FStringError {
  constructor(readonly message: string) {}
}

const MAX_LEVEL = 200;

/** Scans one f-string body; mirrors `fstring_find_literal_and_expr` at `level` (0 or a spec). */
class FStringScanner {
  pos = 0;
  /** The replacement fields' expressions, as [start, end) offsets into the body. */
  readonly fields: { start: number; end: number }[] = [];

  constructor(
    readonly body: string,
    readonly raw: boolean,
  ) {}

  /** Literal text and fields until the end (level 0) or the `}` closing a format spec. */
  parse(level: number): void {
    for (;;) {
      this.literal(level);
      if (this.pos >= this.body.length) return;
      if (this.body[this.pos] === "}") {
        // Only reachable inside a format spec: its closing brace.
        return;
      }
      this.expression(level);
    }
  }

  literal(level: number): void {
    const s = this.body;
    while (this.pos < s.length) {
      let ch = s[this.pos++];
      if (!this.raw && ch === "\\" && this.pos < s.length) {
        ch = s[this.pos++];
        if (ch === "N" && s[this.pos] === "{") {
          while (this.pos < s.length && s[this.pos++] !== "}") {}
        }
        continue;
      }
      if (ch === "{" || ch === "}") {
        if (level === 0) {
          if (s[this.pos] === ch) {
            this.pos++;
            continue;
          }
          if (ch === "}") throw new FStringError("f-string: single '}' is not allowed");
        }
        this.pos--;
        return;
      }
    }
  }

  expression(level: number): void {
    const s = this.body;
    if (level >= 2) throw new FStringError("f-string: expressions nested too deeply");
    this.pos++;
    const exprStart = this.pos;
    let quote = "";
    let quoteSize = 0;
    const stack: string[] = [];
    for (; this.pos < s.length; this.pos++) {
      const ch = s[this.pos] ?? "";
      if (ch === "\\")
        throw new FStringError("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch === quote) {
          if (quoteSize === 3 && s.slice(this.pos, this.pos + 3) !== quote.repeat(3)) continue;
          this.pos += quoteSize - 1;
          quote = "";
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        quoteSize = s.slice(this.pos, this.pos + 3) === ch.repeat(3) ? 3 : 1;
        this.pos += quoteSize - 1;
      } else if (ch === "[" || ch === "{" || ch === "(") {
        if (stack.length >= MAX_LEVEL)
          throw new FStringError("f-string: too many nested parenthesis");
        stack.push(ch);
      } else if (ch === "#") {
        throw new FStringError("f-string expression part cannot include '#'");
      } else if (stack.length === 0 && "!:}=<>".includes(ch)) {
        const next = s[this.pos + 1];
        if (next === "=" && "!=<>".includes(ch)) {
          this.pos++;
          continue;
        }
        if (ch === ">" || ch === "<") continue;
        break;
      } else if (ch === "]" || ch === "}" || ch === ")") {
        const open = stack.pop();
        if (!open) throw new FStringError(`f-string: unmatched '${ch}'`);
        if (
          !(
            (open === "(" && ch === ")") ||
            (open === "[" && ch === "]") ||
            (open === "{" && ch === "}")
          )
        ) {
          throw new FStringError(
            `f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`,
          );
        }
      }
    }
    if (quote) throw new FStringError("f-string: unterminated string");
    const open = stack[stack.length - 1];
    if (open) throw new FStringError(`f-string: unmatched '${open}'`);
    const expecting = new FStringError("f-string: expecting '}'");
    if (this.pos >= s.length) throw expecting;
    if (s.slice(exprStart, this.pos).trim() === "")
      throw new FStringError("f-string: empty expression not allowed");
    this.fields.push({ start: exprStart, end: this.pos });
    if (s[this.pos] === "=") {
      this.pos++;
      while (/\s/.test(s[this.pos] ?? "")) this.pos++;
      if (this.pos >= s.length) throw expecting;
    }
    if (s[this.pos] === "!") {
      this.pos++;
      if (this.pos >= s.length) throw expecting;
      const conversion = s[this.pos++];
      if (conversion !== "s" && conversion !== "r" && conversion !== "a") {
        throw new FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    if (this.pos < s.length && s[this.pos] === ":") {
      this.pos++;
      if (this.pos >= s.length) throw expecting;
      this.parse(level + 1);
    }
    if (this.pos >= s.length || s[this.pos] !== "}") throw expecting;
    this.pos++;
  }
}

/** What scanning one string token found: CPython's message, or the fields to compile. */
interface Scan {
  message: string | null;
  fields: { start: number; end: number }[];
  /** Offset of the body (after prefix and quotes) within the token. */
  bodyStart: number;
}

function scan(token: string): Scan {
  const prefix = /^[a-zA-Z]*/.exec(token)?.[0] ?? "";
  const rest = token.slice(prefix.length);
  const quoteSize = rest.startsWith('"""') || rest.startsWith("'''") ? 3 : 1;
  const bodyStart = prefix.length + quoteSize;
  if (!/f/i.test(prefix)) return { message: null, fields: [], bodyStart };
  const scanner = new FStringScanner(
    rest.slice(quoteSize, rest.length - quoteSize),
    /r/i.test(prefix),
  );
  try {
    scanner.parse(0);
    return { message: null, fields: scanner.fields, bodyStart };
  } catch (e) {
    if (e instanceof FStringError) return { message: e.message, fields: [], bodyStart };
    throw e;
  }
}

/** The message CPython gives for one f-string token's braces and conversions, or null. */
export function fstringProblem(token: string): string | null {
  return scan(token).message;
}

/** CPython compiles each field as "(" + expression + ")" on its own: a parse error there is
 * reported as "f-string: ..." with a column counted in that text. Lezer has already parsed the
 * field inside the main tree, so its error nodes say where. */
function fieldError(
  ctx: SyntaxContext,
  token: Token,
  found: Scan,
  errors: number[],
): CPythonError | null {
  const tokenStart = tokenOffset(ctx, token);
  for (const field of found.fields) {
    const start = tokenStart + found.bodyStart + field.start;
    const end = tokenStart + found.bodyStart + field.end;
    const expression = ctx.source.slice(start, end);
    const line = ctx.index.position(start).line;
    if (/^\s*lambda\b/.test(expression)) {
      // The field stops at the lambda's ':' (a format spec), leaving "(lambda x)": CPython
      // fails on the closing parenthesis.
      const close = Array.from(expression).length + 1;
      const message = "f-string: invalid syntax";
      return {
        kind: "SyntaxError",
        message,
        line,
        offset: close + 1,
        endLine: line,
        endOffset: close + 2,
      };
    }
    const at = errors.find((e) => e >= start && e <= end);
    if (at === undefined) continue;
    const text = `(${expression})`;
    const sub = tokenize(text).tokens;
    const rel = ctx.index.position(at).col - ctx.index.position(start).col + 1;
    let i = sub.findIndex(
      (t) => t.line > 1 || t.endCol > rel || (t.col >= rel && t.type !== "OP") || t.col === rel,
    );
    if (i < 0) i = sub.length - 1;
    const t = sub[i] as Token;
    const prev = sub[i - 1];
    if (startsExpression(t) && endsExpression(prev)) {
      const first = disjunctionStart(sub, i - 1);
      const last = scanExpression(sub, i);
      if (first !== null && last !== null) {
        const a = sub[first] as Token;
        const z = sub[last - 1] as Token;
        const message = "f-string: invalid syntax. Perhaps you forgot a comma?";
        return {
          kind: "SyntaxError",
          message,
          line,
          offset: a.col + 1,
          endLine: line,
          endOffset: z.endCol + 1,
        };
      }
    }
    const message = "f-string: invalid syntax";
    return {
      kind: "SyntaxError",
      message,
      line,
      offset: t.col + 1,
      endLine: line,
      endOffset: t.endCol + 1,
    };
  }
  return null;
}

/** The first f-string whose replacement fields CPython rejects, reported on the token after the
 * string atom (implicitly concatenated strings form one atom). */
export function fstringCandidate(ctx: SyntaxContext): Candidate | null {
  const tokens = ctx.tokens;
  const errors: number[] = [];
  ctx.tree.iterate({
    enter(node) {
      if (node.type.isError) errors.push(node.from);
    },
  });
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).type !== "STRING") continue;
    let j = i;
    let problem: CPythonError | null = null;
    let message: string | null = null;
    while (tokens[j]?.type === "STRING") {
      const token = tokens[j] as Token;
      const found = scan(token.value);
      message ??= found.message;
      if (!message && !problem) problem = fieldError(ctx, token, found, errors);
      j++;
    }
    const next = tokens[j];
    if (message && next) return { index: j, error: tokenError(ctx, next, "SyntaxError", message) };
    if (problem) return { index: j, error: problem };
    i = j - 1;
  }
  return null;
}
