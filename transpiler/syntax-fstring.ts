// f-string errors of CPython 3.11 (Parser/string_parser.c, fstring_find_literal/fstring_find_expr),
// raised while the parser builds the string atom, i.e. when it has fetched the token after it.

import { type Candidate, type SyntaxContext, tokenError } from "./syntax-parse.js";
import type { Token } from "./syntax-tokens.js";

/** Thrown inside the scanner with CPython's message. */
class FStringError {
  constructor(readonly message: string) {}
}

const MAX_LEVEL = 200;

/** Scans one f-string body; mirrors `fstring_find_literal_and_expr` at `level` (0 or a spec). */
class FStringScanner {
  pos = 0;

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

/** The message CPython gives for one f-string token, or null when it is well formed. */
export function fstringProblem(token: string): string | null {
  const prefix = /^[a-zA-Z]*/.exec(token)?.[0] ?? "";
  if (!/f/i.test(prefix)) return null;
  const rest = token.slice(prefix.length);
  const quoteSize = rest.startsWith('"""') || rest.startsWith("'''") ? 3 : 1;
  const body = rest.slice(quoteSize, rest.length - quoteSize);
  try {
    new FStringScanner(body, /r/i.test(prefix)).parse(0);
    return null;
  } catch (e) {
    if (e instanceof FStringError) return e.message;
    throw e;
  }
}

/** The first f-string whose replacement fields CPython rejects, reported on the token after the
 * string atom (implicitly concatenated strings form one atom). */
export function fstringCandidate(ctx: SyntaxContext): Candidate | null {
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).type !== "STRING") continue;
    let j = i;
    let message: string | null = null;
    while (tokens[j]?.type === "STRING") {
      message ??= fstringProblem((tokens[j] as Token).value);
      j++;
    }
    if (message) {
      const next = tokens[j];
      if (!next) return null;
      return { index: j, error: tokenError(ctx, next, "SyntaxError", message) };
    }
    i = j - 1;
  }
  return null;
}
