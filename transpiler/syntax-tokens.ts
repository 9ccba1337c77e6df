// A tokenizer that mirrors CPython 3.11's Parser/tokenizer.c closely enough to reproduce its
// errors (unterminated strings, bad numbers, unmatched brackets, indentation) at CPython's positions.

/** CPython's token classes that the syntax checker needs to tell apart. */
export type TokenType =
  | "NAME"
  | "NUMBER"
  | "STRING"
  | "OP"
  | "NEWLINE"
  | "INDENT"
  | "DEDENT"
  | "ENDMARKER";

/** One token; offsets index the normalized text (see `TokenizeResult.text`). */
export interface Token {
  type: TokenType;
  /** The token's text ("" for NEWLINE, INDENT, DEDENT and ENDMARKER). */
  value: string;
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 0-based column (in code points) of `start`. CPython gives INDENT/DEDENT no position; here
   * they sit where the line's text starts. */
  col: number;
  endLine: number;
  endCol: number;
  /** Bracket nesting level after this token, as CPython's `tok->level`. */
  level: number;
}

/** An error the tokenizer stopped at, already placed where CPython reports it. */
export interface TokenError {
  kind: "SyntaxError" | "IndentationError" | "TabError";
  message: string;
  /** CPython's lineno/offset/end_lineno/end_offset (offset 1-based, in code points). */
  line: number;
  offset: number;
  endLine: number;
  endOffset: number;
  /** True when CPython's tokenizer raises it itself (it then wins over any parser error);
   * false for errors CPython only reports once the parser reaches them (E_DEDENT, E_TABSPACE,
   * E_LINECONT, E_EOF). */
  raising: boolean;
  /** Set when the file ends inside brackets: the innermost open bracket, for "'(' was never closed". */
  eofInBracket?: { char: string; line: number; col: number };
}

/** The token stream up to the first error. */
export interface TokenizeResult {
  /** The source with \r\n and \r turned into \n and a final \n added, as CPython reads it. */
  text: string;
  tokens: Token[];
  error: TokenError | null;
  /** Open brackets at the point the tokenizer stopped (innermost last). */
  openBrackets: { char: string; line: number; col: number }[];
}

const TAB_SIZE = 8;
const MAX_INDENT = 100;
const MAX_LEVEL = 200;

const THREE_CHAR_OPS = new Set(["**=", "...", "//=", ">>=", "<<="]);
const TWO_CHAR_OPS = new Set([
  "!=",
  "%=",
  "&=",
  "**",
  "*=",
  "+=",
  "-=",
  "->",
  "//",
  "/=",
  ":=",
  "<<",
  "<=",
  "<>",
  "==",
  ">=",
  ">>",
  "@=",
  "^=",
  "|=",
]);

const isDigit = (c: string): boolean => c >= "0" && c <= "9";
const isHexDigit = (c: string): boolean => /^[0-9a-fA-F]$/.test(c);
const isIdentStart = (c: string): boolean =>
  (c >= "a" && c <= "z") ||
  (c >= "A" && c <= "Z") ||
  c === "_" ||
  (c !== "" && c.charCodeAt(0) >= 128);
const isIdentChar = (c: string): boolean => isIdentStart(c) || isDigit(c);

/** Normalizes newlines the way CPython's string tokenizer does and adds a final newline. */
function normalize(source: string): string {
  let text = source.replace(/\r\n?/g, "\n");
  if (!text.endsWith("\n")) text += "\n";
  return text;
}

/** Tokenizes Python source the way CPython 3.11 does, stopping at the first error. */
export function tokenize(source: string): TokenizeResult {
  return new Tokenizer(normalize(source)).run();
}

class Tokenizer {
  readonly tokens: Token[] = [];
  readonly indents = [0];
  readonly altIndents = [0];
  readonly brackets: { char: string; line: number; col: number }[] = [];
  /** Offset of the first character of each line (index 0 is line 1). */
  readonly lineStarts: number[] = [0];
  pos = 0;
  line = 1;
  atLineStart = true;
  pendingIndents = 0;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") this.lineStarts.push(i + 1);
  }

  run(): TokenizeResult {
    const error = this.loop();
    return { text: this.text, tokens: this.tokens, error, openBrackets: [...this.brackets] };
  }

  /** 0-based code-point column of `offset` on its line. */
  col(offset: number): number {
    return this.colOnLine(this.lineOf(offset), offset);
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Current character ("" at the end). */
  peek(at = this.pos): string {
    return this.text[at] ?? "";
  }

  push(type: TokenType, start: number, end: number): void {
    const line = this.lineOf(start);
    const endLine = this.lineOf(Math.max(start, end));
    const bare = type === "INDENT" || type === "DEDENT";
    this.tokens.push({
      type,
      value: type === "NEWLINE" || bare || type === "ENDMARKER" ? "" : this.text.slice(start, end),
      start,
      end,
      line,
      col: this.col(start),
      endLine,
      endCol: this.col(end),
      level: this.brackets.length,
    });
  }

  /** A raising tokenizer error at the current line; `offset` is CPython's 1-based column. */
  raise(message: string, at: number, offset?: number, endOffset?: number): TokenError {
    const line = this.lineOf(Math.max(0, at - 1));
    const col = offset ?? this.colOnLine(line, at);
    return {
      kind: "SyntaxError",
      message,
      line,
      offset: col,
      endLine: line,
      endOffset: endOffset ?? col,
      raising: true,
    };
  }

  /** Code points between the start of `line` and `offset` (CPython's `cur - line_start`). */
  colOnLine(line: number, offset: number): number {
    let n = 0;
    for (let i = this.lineStarts[line - 1] ?? 0; i < offset; i++) {
      const code = this.text.charCodeAt(i);
      if (code < 0xdc00 || code > 0xdfff) n++;
    }
    return n;
  }

  lineLength(line: number): number {
    const start = this.lineStarts[line - 1] ?? 0;
    const next = this.lineStarts[line] ?? this.text.length;
    return this.colOnLine(line, next) - this.colOnLine(line, start);
  }

  loop(): TokenError | null {
    for (;;) {
      const result = this.next();
      if (result === "end") return null;
      if (result !== "ok") return result;
    }
  }

  /** Reads one token (or a batch of INDENT/DEDENT); mirrors `tok_get`. */
  next(): "ok" | "end" | TokenError {
    let blankLine = false;
    if (this.atLineStart) {
      this.atLineStart = false;
      const indentError = this.indentation();
      if (indentError === "blank") blankLine = true;
      else if (indentError) return indentError;
    }
    if (this.pendingIndents !== 0) {
      const type = this.pendingIndents < 0 ? "DEDENT" : "INDENT";
      this.pendingIndents += this.pendingIndents < 0 ? 1 : -1;
      this.push(type, this.pos, this.pos);
      return "ok";
    }
    return this.token(blankLine);
  }

  /** Measures the indentation of a new line; mirrors the `atbol` block of `tok_get`. */
  indentation(): "blank" | TokenError | null {
    let col = 0;
    let altCol = 0;
    let contCol = 0;
    for (;;) {
      const c = this.peek();
      if (c === " ") {
        col++;
        altCol++;
      } else if (c === "\t") {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
        altCol++;
      } else if (c === "\f") {
        col = 0;
        altCol = 0;
      } else if (c === "\\") {
        contCol = contCol || col;
        const error = this.continuation();
        if (error) return error;
        continue;
      } else break;
      this.pos++;
    }
    const c = this.peek();
    if (c === "#" || c === "\n" || c === "") return "blank";
    if (this.brackets.length > 0) return null;
    if (contCol) {
      col = contCol;
      altCol = contCol;
    }
    const top = this.indents.length - 1;
    if (col === this.indents[top]) {
      if (altCol !== this.altIndents[top]) return this.tabError();
    } else if (col > (this.indents[top] ?? 0)) {
      if (this.indents.length >= MAX_INDENT) {
        return {
          kind: "IndentationError",
          message: "too many levels of indentation",
          line: this.line,
          offset: 0,
          endLine: this.line,
          endOffset: -1,
          raising: false,
        };
      }
      if (altCol <= (this.altIndents[top] ?? 0)) return this.tabError();
      this.pendingIndents++;
      this.indents.push(col);
      this.altIndents.push(altCol);
    } else {
      while (this.indents.length > 1 && col < (this.indents[this.indents.length - 1] ?? 0)) {
        this.pendingIndents--;
        this.indents.pop();
        this.altIndents.pop();
      }
      if (col !== this.indents[this.indents.length - 1]) {
        // E_DEDENT: CPython reports the column of the end of the line buffer.
        return {
          kind: "IndentationError",
          message: "unindent does not match any outer indentation level",
          line: this.line,
          offset: this.lineLength(this.line),
          endLine: this.line,
          endOffset: -1,
          raising: false,
        };
      }
      if (altCol !== this.altIndents[this.altIndents.length - 1]) return this.tabError();
    }
    return null;
  }

  tabError(): TokenError {
    return {
      kind: "TabError",
      message: "inconsistent use of tabs and spaces in indentation",
      line: this.line,
      offset: 1,
      endLine: this.line,
      endOffset: 0,
      raising: false,
    };
  }

  /** After a backslash: the next character must be a newline; mirrors `tok_continuation_line`. */
  continuation(): TokenError | null {
    this.pos++;
    if (this.peek() !== "\n") {
      const line = this.line;
      return {
        kind: "SyntaxError",
        message: "unexpected character after line continuation character",
        line,
        offset: this.colOnLine(line, this.pos) + 1,
        endLine: line,
        endOffset: 0,
        raising: false,
      };
    }
    this.pos++;
    this.line++;
    if (this.pos >= this.text.length) {
      if (this.brackets.length > 0) return this.endOfFile() as TokenError;
      return {
        kind: "SyntaxError",
        message: "unexpected EOF while parsing",
        line: this.line - 1,
        offset: this.colOnLine(this.line - 1, this.pos),
        endLine: this.line - 1,
        endOffset: -1,
        raising: false,
      };
    }
    return null;
  }

  token(blankLine: boolean): "ok" | "end" | TokenError {
    for (;;) {
      while (this.peek() === " " || this.peek() === "\t" || this.peek() === "\f") this.pos++;
      const start = this.pos;
      let c = this.peek();
      if (c === "#") {
        while (this.peek() !== "\n" && this.peek() !== "") this.pos++;
        c = this.peek();
      }
      if (c === "") return this.endOfFile();
      if (isIdentStart(c)) return this.name(start);
      if (c === "\n") {
        this.pos++;
        this.line++;
        this.atLineStart = true;
        if (blankLine || this.brackets.length > 0) return "ok";
        // CPython's NEWLINE starts where a trailing comment starts and ends before the "\n".
        this.push("NEWLINE", start, this.pos - 1);
        return "ok";
      }
      if (c === "." && isDigit(this.peek(start + 1))) return this.number(start);
      if (isDigit(c)) return this.number(start);
      if (c === "'" || c === '"') return this.string(start);
      if (c === "\\") {
        const error = this.continuation();
        if (error) return error;
        continue;
      }
      return this.operator(start);
    }
  }

  endOfFile(): "end" | TokenError {
    if (this.brackets.length > 0) {
      const open = this.brackets[this.brackets.length - 1];
      return {
        kind: "SyntaxError",
        message: `'${open?.char}' was never closed`,
        line: open?.line ?? 1,
        offset: (open?.col ?? 0) + 1,
        endLine: open?.line ?? 1,
        endOffset: 0,
        raising: false,
        eofInBracket: open,
      };
    }
    // CPython emits NEWLINE (already done, the text ends in "\n"), DEDENTs, then ENDMARKER.
    while (this.indents.length > 1) {
      this.indents.pop();
      this.push("DEDENT", this.pos, this.pos);
    }
    this.push("ENDMARKER", this.pos, this.pos);
    return "end";
  }

  name(start: number): "ok" | TokenError {
    // String prefixes: b, r, u, f in the combinations CPython allows.
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      const c = this.peek().toLowerCase();
      if (!(sawB || sawU || sawF) && c === "b") sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && c === "u") sawU = true;
      else if (!(sawR || sawU) && c === "r") sawR = true;
      else if (!(sawF || sawB || sawU) && c === "f") sawF = true;
      else break;
      this.pos++;
      if (this.peek() === '"' || this.peek() === "'") return this.string(start);
    }
    while (isIdentChar(this.peek())) this.pos++;
    const word = this.text.slice(start, this.pos);
    if (Array.from(word).some((ch) => ch.charCodeAt(0) >= 128)) {
      const error = this.verifyIdentifier(start, word);
      if (error) return error;
    }
    this.push("NAME", start, this.pos);
    return "ok";
  }

  /** Mirrors `verify_identifier`: the first code point that cannot be part of an identifier. */
  verifyIdentifier(start: number, word: string): TokenError | null {
    const chars = Array.from(word);
    let at = start;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i] ?? "";
      at += ch.length;
      const ok = i === 0 ? /[\p{ID_Start}_]/u.test(ch) : /[\p{ID_Continue}]/u.test(ch);
      if (ok) continue;
      const hex = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
      const printable = !/[\p{C}\p{Z}]/u.test(ch);
      const message = printable
        ? `invalid character '${ch}' (U+${hex})`
        : `invalid non-printable character U+${hex}`;
      return this.raise(message, at, this.colOnLine(this.lineOf(start), at));
    }
    return null;
  }

  /** Reads digits with single underscores between them; mirrors `tok_decimal_tail`. */
  decimalTail(): TokenError | null {
    for (;;) {
      while (isDigit(this.peek())) this.pos++;
      if (this.peek() !== "_") return null;
      this.pos++;
      if (!isDigit(this.peek())) return this.raiseHere("invalid decimal literal");
    }
  }

  raiseHere(message: string): TokenError {
    return this.raise(message, this.pos, this.colOnLine(this.line, this.pos));
  }

  /** Mirrors `verify_end_of_number`: a number glued to a name is an error (keywords excepted). */
  verifyEnd(kind: string): TokenError | null {
    const rest = this.text.slice(this.pos, this.pos + 4);
    const keywordFollows = /^(and|else|for|if|in|is|or|not)/.test(rest);
    if (keywordFollows) return null;
    if (isIdentChar(this.peek())) return this.raiseHere(`invalid ${kind} literal`);
    return null;
  }

  number(start: number): "ok" | TokenError {
    const error = this.numberBody(start);
    if (error) return error;
    this.push("NUMBER", start, this.pos);
    return "ok";
  }

  numberBody(start: number): TokenError | null {
    const c = this.peek();
    if (c === ".") {
      this.pos++;
      return this.fraction();
    }
    if (c === "0") {
      this.pos++;
      const x = this.peek().toLowerCase();
      if (x === "x" || x === "o" || x === "b") {
        this.pos++;
        return this.radix(x);
      }
      let nonzero = false;
      for (;;) {
        if (this.peek() === "_") {
          this.pos++;
          if (!isDigit(this.peek())) return this.raiseHere("invalid decimal literal");
        }
        if (this.peek() !== "0") break;
        this.pos++;
      }
      const zerosEnd = this.pos;
      if (isDigit(this.peek())) {
        nonzero = true;
        const error = this.decimalTail();
        if (error) return error;
      }
      const d = this.peek().toLowerCase();
      if (d === ".") {
        this.pos++;
        return this.fraction();
      }
      if (d === "e") return this.exponent();
      if (d === "j") return this.imaginary();
      if (nonzero) {
        const line = this.line;
        return this.raise(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          start + 1,
          this.colOnLine(line, start) + 1,
          this.colOnLine(line, zerosEnd),
        );
      }
      return this.verifyEnd("decimal");
    }
    const error = this.decimalTail();
    if (error) return error;
    if (this.peek() === ".") {
      this.pos++;
      return this.fraction();
    }
    return this.afterFraction();
  }

  fraction(): TokenError | null {
    if (isDigit(this.peek())) {
      const error = this.decimalTail();
      if (error) return error;
    }
    return this.afterFraction();
  }

  afterFraction(): TokenError | null {
    const c = this.peek().toLowerCase();
    if (c === "e") return this.exponent();
    if (c === "j") return this.imaginary();
    return this.verifyEnd("decimal");
  }

  exponent(): TokenError | null {
    const ePos = this.pos;
    this.pos++;
    const c = this.peek();
    if (c === "+" || c === "-") {
      this.pos++;
      if (!isDigit(this.peek())) return this.raiseHere("invalid decimal literal");
    } else if (!isDigit(c)) {
      this.pos = ePos;
      if (isIdentChar(this.peek()) && !/^(else)/.test(this.text.slice(this.pos, this.pos + 4))) {
        return this.raiseHere("invalid decimal literal");
      }
      return null;
    }
    const error = this.decimalTail();
    if (error) return error;
    if (this.peek().toLowerCase() === "j") return this.imaginary();
    return this.verifyEnd("decimal");
  }

  imaginary(): TokenError | null {
    this.pos++;
    return this.verifyEnd("imaginary");
  }

  radix(x: string): TokenError | null {
    const kind = x === "x" ? "hexadecimal" : x === "o" ? "octal" : "binary";
    const valid =
      x === "x"
        ? isHexDigit
        : x === "o"
          ? (c: string) => c >= "0" && c <= "7"
          : (c: string) => c === "0" || c === "1";
    do {
      if (this.peek() === "_") this.pos++;
      const c = this.peek();
      if (!valid(c)) {
        if (x !== "x" && isDigit(c)) {
          this.pos++;
          return this.raiseHere(`invalid digit '${c}' in ${kind} literal`);
        }
        return this.raiseHere(`invalid ${kind} literal`);
      }
      while (valid(this.peek())) this.pos++;
    } while (this.peek() === "_");
    if (x !== "x" && isDigit(this.peek())) {
      const c = this.peek();
      this.pos++;
      return this.raiseHere(`invalid digit '${c}' in ${kind} literal`);
    }
    return this.verifyEnd(kind);
  }

  string(start: number): "ok" | TokenError {
    const quote = this.peek();
    const firstLine = this.line;
    let quoteSize = 1;
    let endQuoteSize = 0;
    this.pos++;
    if (this.peek() === quote) {
      this.pos++;
      if (this.peek() === quote) {
        this.pos++;
        quoteSize = 3;
      } else endQuoteSize = 1;
    }
    while (endQuoteSize !== quoteSize) {
      const c = this.peek();
      if (c === "" || (quoteSize === 1 && c === "\n")) {
        const detected = c === "" ? this.line - 1 : this.line;
        const what =
          quoteSize === 3
            ? "unterminated triple-quoted string literal"
            : "unterminated string literal";
        const col = this.colOnLine(firstLine, start) + 1;
        return {
          kind: "SyntaxError",
          message: `${what} (detected at line ${detected})`,
          line: firstLine,
          offset: col,
          endLine: firstLine,
          endOffset: col,
          raising: true,
        };
      }
      this.pos++;
      if (c === "\n") {
        this.line++;
      }
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === "\\") {
          if (this.peek() === "\n") {
            this.line++;
          }
          if (this.peek() !== "") this.pos++;
        }
      }
    }
    this.push("STRING", start, this.pos);
    return "ok";
  }

  operator(start: number): "ok" | TokenError {
    const three = this.text.slice(start, start + 3);
    const two = this.text.slice(start, start + 2);
    if (TWO_CHAR_OPS.has(two)) {
      this.pos += THREE_CHAR_OPS.has(three) ? 3 : 2;
      this.push("OP", start, this.pos);
      return "ok";
    }
    if (three === "...") {
      this.pos += 3;
      this.push("OP", start, this.pos);
      return "ok";
    }
    const c = this.peek();
    this.pos += c.length;
    if (c === "(" || c === "[" || c === "{") {
      if (this.brackets.length >= MAX_LEVEL) return this.raiseHere("too many nested parentheses");
      this.brackets.push({ char: c, line: this.line, col: this.colOnLine(this.line, start) });
    } else if (c === ")" || c === "]" || c === "}") {
      const open = this.brackets.pop();
      if (!open) return this.raiseHere(`unmatched '${c}'`);
      const match =
        (open.char === "(" && c === ")") ||
        (open.char === "[" && c === "]") ||
        (open.char === "{" && c === "}");
      if (!match) {
        const where = open.line !== this.line ? ` on line ${open.line}` : "";
        return this.raiseHere(
          `closing parenthesis '${c}' does not match opening parenthesis '${open.char}'${where}`,
        );
      }
    } else if (/[\p{C}]/u.test(c) && c !== "\t") {
      const hex = (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
      return this.raiseHere(`invalid non-printable character U+${hex}`);
    }
    this.push("OP", start, this.pos);
    return "ok";
  }
}
