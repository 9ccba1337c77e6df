// Python string-literal text → its value: prefixes, quotes, escapes (the rules of
// CPython's `_PyUnicode_DecodeUnicodeEscape` in Objects/unicodeobject.c), raw strings.

/** A literal's prefix letters (lowercased) and its body between the quotes. */
export interface LiteralParts {
  prefix: string;
  quote: string;
  body: string;
}

/** Splits `rb'''x'''` into prefix, quote and body. */
export function splitLiteral(text: string): LiteralParts {
  const m = /^([a-zA-Z]*)('''|"""|'|")/.exec(text);
  if (!m) return { prefix: "", quote: '"', body: text };
  const quote = m[2];
  let body = text.slice(m[0].length);
  if (body.endsWith(quote)) body = body.slice(0, body.length - quote.length);
  return { prefix: m[1].toLowerCase(), quote, body };
}

const simpleEscapes: Record<string, string> = {
  "\n": "",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

/** Decodes the escapes of a (non-raw) string body; unknown escapes are kept, as CPython does. */
export function decodeEscapes(body: string): string {
  if (!body.includes("\\")) return body;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\" || i + 1 >= body.length) {
      out += c;
      continue;
    }
    const n = body[i + 1];
    if (n === "\r" && body[i + 2] === "\n") {
      i += 2;
      continue;
    }
    if (n in simpleEscapes) {
      out += simpleEscapes[n];
      i++;
    } else if (/[0-7]/.test(n)) {
      const m = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      out += String.fromCodePoint(Number.parseInt(m, 8));
      i += m.length;
    } else if (n === "x" || n === "u" || n === "U") {
      const len = n === "x" ? 2 : n === "u" ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + len);
      if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === len) {
        out += String.fromCodePoint(Number.parseInt(hex, 16));
        i += 1 + len;
      } else {
        out += c;
      }
    } else {
      // Unknown escapes (and `\N{…}`, not supported) keep their backslash, as CPython does.
      out += c;
    }
  }
  return out;
}

/** The value of one plain (non-f) string literal token. */
export function stringValue(text: string): string {
  const { prefix, body } = splitLiteral(text);
  return prefix.includes("r") ? body : decodeEscapes(body);
}
