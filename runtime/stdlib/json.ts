// Python's `json`: dumps and loads (no files, so no dump/load), and JSONDecodeError.
// Mirrors Lib/json/encoder.py, Lib/json/decoder.py and Modules/_json.c (3.11).

import { call } from "../builtins/call.js";
import { pyClass } from "../builtins/classinfo.js";
import { lt } from "../builtins/compare.js";
import { mapEntries, PyDict } from "../builtins/dict.js";
import { exactInt } from "../builtins/exactint.js";
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { floatRepr, isFloatValue, PyFloat } from "../builtins/float.js";
import { splitKwargs } from "../builtins/kwargs.js";
import { typeName } from "../builtins/pytype.js";
import { intRepr } from "../builtins/repr.js";
import { truthy } from "../builtins/truthy.js";
import { makeTuple } from "../builtins/tuple.js";

// ---- errors ----

/** `json.JSONDecodeError(msg, doc, pos)`: a ValueError with `msg`, `doc`, `pos`, `lineno`, `colno`. */
export class JSONDecodeError extends ValueError {
  msg: string;
  doc: string;
  pos: number;
  lineno: number;
  colno: number;
  constructor(msg: string, doc: string, pos: number) {
    const lineno = doc.slice(0, pos).split("\n").length;
    const colno = pos - doc.lastIndexOf("\n", pos - 1);
    super(`${msg}: line ${lineno} column ${colno} (char ${pos})`);
    this.msg = msg;
    this.doc = doc;
    this.pos = pos;
    this.lineno = lineno;
    this.colno = colno;
  }
}
pyClass(JSONDecodeError, "json.decoder", "JSONDecodeError");

// ---- dumps ----

const ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  '"': '\\"',
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

function hex4(c: number): string {
  return `\\u${c.toString(16).padStart(4, "0")}`;
}

/** `encode_basestring_ascii` / `encode_basestring`: the quoted JSON text of a str. */
function encodeString(s: string, ensureAscii: boolean): string {
  let out = "";
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (ch === "\\" || ch === '"' || code < 0x20 || (ensureAscii && code > 0x7e)) {
      // A character beyond the BMP is iterated whole: escape both of its UTF-16 halves.
      out +=
        ESCAPES[ch] ?? [...Array(ch.length).keys()].map((k) => hex4(ch.charCodeAt(k))).join("");
    } else out += ch;
  }
  return `"${out}"`;
}

interface Options {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  indent: string | null;
  itemSep: string;
  keySep: string;
  dflt: unknown;
  sortKeys: boolean;
}

function floatStr(x: number, o: Options): string {
  let text: string;
  if (Number.isNaN(x)) text = "NaN";
  else if (x === Infinity) text = "Infinity";
  else if (x === -Infinity) text = "-Infinity";
  else return floatRepr(x);
  if (!o.allowNan) throw new ValueError("Out of range float values are not JSON compliant");
  return text;
}

function isInt(x: unknown): x is number | bigint {
  return typeof x === "bigint" || (typeof x === "number" && Number.isInteger(x));
}

/** A dict key as JSON text (before quoting), or undefined when it is skipped. */
function keyText(k: unknown, o: Options): string | undefined {
  if (typeof k === "string") return k;
  if (isFloatValue(k)) return floatStr(Number(k), o);
  if (k === true) return "true";
  if (k === false) return "false";
  if (k === null || k === undefined) return "null";
  if (isInt(k)) return intRepr(k);
  if (o.skipkeys) return undefined;
  throw new TypeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
}

function encode(x: unknown, o: Options, level: number, active: Set<object>): string {
  if (typeof x === "string") return encodeString(x, o.ensureAscii);
  if (x === null || x === undefined) return "null";
  if (x === true) return "true";
  if (x === false) return "false";
  if (isFloatValue(x)) return floatStr(Number(x), o);
  if (isInt(x)) return intRepr(x);
  const isList = Array.isArray(x);
  const isDict = x instanceof PyDict;
  if (!isList && !isDict) {
    if (o.dflt === null) {
      throw new TypeError(`Object of type ${typeName(x)} is not JSON serializable`);
    }
    return encodeMarked(x as object, o, active, () => encode(call(o.dflt, x), o, level, active));
  }
  return encodeMarked(x as object, o, active, () => {
    let parts: string[] = [];
    if (isList) parts = (x as unknown[]).map((v) => encode(v, o, level + 1, active));
    else {
      let entries = [...mapEntries(x as PyDict)];
      if (o.sortKeys) entries = sortEntries(entries);
      for (const [k, v] of entries) {
        const key = keyText(k, o);
        if (key === undefined) continue;
        parts.push(encodeString(key, o.ensureAscii) + o.keySep + encode(v, o, level + 1, active));
      }
    }
    const [open, close] = isList ? ["[", "]"] : ["{", "}"];
    if (parts.length === 0) return open + close;
    if (o.indent === null) return open + parts.join(o.itemSep) + close;
    const inner = `\n${o.indent.repeat(level + 1)}`;
    return `${open}${inner}${parts.join(o.itemSep + inner)}\n${o.indent.repeat(level)}${close}`;
  });
}

function encodeMarked(x: object, o: Options, active: Set<object>, body: () => string): string {
  if (o.checkCircular) {
    if (active.has(x)) throw new ValueError("Circular reference detected");
    active.add(x);
  }
  try {
    return body();
  } finally {
    if (o.checkCircular) active.delete(x);
  }
}

/** `sorted(d.items())`: by key (CPython compares the keys; a dict's keys are never equal). */
function sortEntries(entries: [unknown, unknown][]): [unknown, unknown][] {
  const out = [...entries];
  // Insertion sort with Python's `<` so that mixed key types raise CPython's TypeError.
  for (let i = 1; i < out.length; i++) {
    const cur = out[i];
    let j = i - 1;
    while (j >= 0 && lt(cur[0], out[j][0])) {
      out[j + 1] = out[j];
      j--;
    }
    out[j + 1] = cur;
  }
  return out;
}

const DUMPS_PARAMS = new Set([
  "skipkeys",
  "ensure_ascii",
  "check_circular",
  "allow_nan",
  "cls",
  "indent",
  "separators",
  "default",
  "sort_keys",
]);

/** The one positional argument and the keywords of `dumps`/`loads`, checked with CPython's
 * TypeErrors (an unknown keyword is reported by the encoder/decoder `init` it is passed to). */
function jsonArgs(
  args: unknown[],
  fn: string,
  param: string,
  allowed: Set<string>,
  init: string,
): [unknown[], Record<string, unknown>] {
  const [pos, kw] = splitKwargs(args);
  if (pos.length !== 1) {
    throw new TypeError(
      pos.length === 0
        ? `${fn}() missing 1 required positional argument: '${param}'`
        : `${fn}() takes 1 positional argument but ${pos.length} were given`,
    );
  }
  for (const k of Object.keys(kw)) {
    if (!allowed.has(k)) throw new TypeError(`${init}() got an unexpected keyword argument '${k}'`);
  }
  if (kw.cls !== undefined && kw.cls !== null) {
    throw new TypeError(`asyncio-ts: json.${fn}(cls=...) is not supported`);
  }
  return [pos, kw];
}

/** `json.dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
 * indent=None, separators=None, default=None, sort_keys=False)`. */
export function dumps(...args: unknown[]): string {
  const [pos, kw] = jsonArgs(args, "dumps", "obj", DUMPS_PARAMS, "__init__");
  const rawIndent = kw.indent ?? null;
  let indent: string | null = null;
  if (rawIndent !== null) {
    if (typeof rawIndent === "string") indent = rawIndent;
    else if (isInt(rawIndent)) indent = " ".repeat(Math.max(0, Number(rawIndent)));
    else throw new TypeError(`can't multiply sequence by non-int of type '${typeName(rawIndent)}'`);
  }
  let itemSep = indent === null ? ", " : ",";
  let keySep = ": ";
  const seps = kw.separators ?? null;
  if (seps !== null) {
    const pair = [...(seps as Iterable<unknown>)];
    if (pair.length !== 2) {
      throw new ValueError(
        `${pair.length > 2 ? "too many values to unpack" : "not enough values to unpack"} (expected 2, got ${pair.length})`,
      );
    }
    [itemSep, keySep] = pair as [string, string];
  }
  const o: Options = {
    skipkeys: truthy(kw.skipkeys ?? false),
    ensureAscii: truthy(kw.ensure_ascii ?? true),
    checkCircular: truthy(kw.check_circular ?? true),
    allowNan: truthy(kw.allow_nan ?? true),
    indent,
    itemSep,
    keySep,
    dflt: kw.default ?? null,
    sortKeys: truthy(kw.sort_keys ?? false),
  };
  return encode(pos[0], o, 0, new Set());
}
pyClass(dumps, "json", "dumps");

// ---- loads ----

interface Hooks {
  objectHook: unknown;
  pairsHook: unknown;
  parseFloat: unknown;
  parseInt: unknown;
  parseConstant: unknown;
  strict: boolean;
}

const NUMBER = /(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const WS = /[ \t\n\r]*/y;

class Parser {
  constructor(
    private readonly s: string,
    private readonly h: Hooks,
  ) {}

  ws(i: number): number {
    WS.lastIndex = i;
    WS.exec(this.s);
    return WS.lastIndex;
  }

  fail(msg: string, pos: number): never {
    throw new JSONDecodeError(msg, this.s, pos);
  }

  /** A value starting exactly at `i` (no whitespace skipped): [value, end]. */
  value(i: number): [unknown, number] {
    const s = this.s;
    const c = s[i];
    if (c === '"') return this.string(i + 1);
    if (c === "{") return this.object(i + 1);
    if (c === "[") return this.array(i + 1);
    if (c === "n" && s.startsWith("null", i)) return [null, i + 4];
    if (c === "t" && s.startsWith("true", i)) return [true, i + 4];
    if (c === "f" && s.startsWith("false", i)) return [false, i + 5];
    NUMBER.lastIndex = i;
    const m = c === undefined ? null : NUMBER.exec(s);
    if (m) {
      const end = i + m[0].length;
      if (m[2] !== undefined || m[3] !== undefined) {
        if (this.h.parseFloat !== null) return [call(this.h.parseFloat, m[0]), end];
        const f = Number(m[0]);
        return [Number.isInteger(f) ? new PyFloat(f) : f, end];
      }
      if (this.h.parseInt !== null) return [call(this.h.parseInt, m[0]), end];
      const n = Number(m[0]);
      return [Math.abs(n) < 2 ** 53 ? n + 0 : exactInt(BigInt(m[0])), end];
    }
    for (const [name, v] of [
      ["NaN", Number.NaN],
      ["Infinity", Infinity],
      ["-Infinity", -Infinity],
    ] as const) {
      if (s.startsWith(name, i)) {
        return [
          this.h.parseConstant !== null ? call(this.h.parseConstant, name) : v,
          i + name.length,
        ];
      }
    }
    this.fail("Expecting value", i);
  }

  string(i: number): [string, number] {
    const s = this.s;
    const begin = i - 1;
    let out = "";
    for (;;) {
      let j = i;
      while (j < s.length) {
        const code = s.charCodeAt(j);
        if (code === 0x22 || code === 0x5c) break;
        if (code <= 0x1f && this.h.strict) this.fail("Invalid control character at", j);
        j++;
      }
      if (j >= s.length) this.fail("Unterminated string starting at", begin);
      out += s.slice(i, j);
      if (s[j] === '"') return [out, j + 1];
      // A backslash escape.
      const esc = s[j + 1];
      if (esc === undefined) this.fail("Unterminated string starting at", begin);
      if (esc !== "u") {
        const simple: Record<string, string> = {
          '"': '"',
          "\\": "\\",
          "/": "/",
          b: "\b",
          f: "\f",
          n: "\n",
          r: "\r",
          t: "\t",
        };
        const ch = simple[esc];
        if (ch === undefined) this.fail("Invalid \\escape", j);
        out += ch;
        i = j + 2;
        continue;
      }
      const u = this.hex(j + 2, j + 1);
      i = j + 6;
      if (u >= 0xd800 && u <= 0xdbff && s[i] === "\\" && s[i + 1] === "u") {
        const low = this.hex(i + 2, i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          out += String.fromCharCode(u, low);
          i += 6;
          continue;
        }
      }
      out += String.fromCharCode(u);
    }
  }

  hex(at: number, errPos: number): number {
    const digits = this.s.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) this.fail("Invalid \\uXXXX escape", errPos);
    return Number.parseInt(digits, 16);
  }

  object(i: number): [unknown, number] {
    const s = this.s;
    const pairs: [string, unknown][] = [];
    i = this.ws(i);
    if (s[i] === "}") return [this.finishObject(pairs), i + 1];
    for (;;) {
      if (s[i] !== '"') this.fail("Expecting property name enclosed in double quotes", i);
      const [key, afterKey] = this.string(i + 1);
      i = this.ws(afterKey);
      if (s[i] !== ":") this.fail("Expecting ':' delimiter", i);
      i = this.ws(i + 1);
      const [v, afterValue] = this.value(i);
      pairs.push([key, v]);
      i = this.ws(afterValue);
      if (s[i] === "}") return [this.finishObject(pairs), i + 1];
      if (s[i] !== ",") this.fail("Expecting ',' delimiter", i);
      i = this.ws(i + 1);
    }
  }

  finishObject(pairs: [string, unknown][]): unknown {
    if (this.h.pairsHook !== null) {
      return call(
        this.h.pairsHook,
        pairs.map(([k, v]) => makeTuple([k, v])),
      );
    }
    const d = new PyDict();
    for (const [k, v] of pairs) d.set(k, v);
    return this.h.objectHook !== null ? call(this.h.objectHook, d) : d;
  }

  array(i: number): [unknown[], number] {
    const s = this.s;
    const out: unknown[] = [];
    i = this.ws(i);
    if (s[i] === "]") return [out, i + 1];
    for (;;) {
      const [v, end] = this.value(i);
      out.push(v);
      i = this.ws(end);
      if (s[i] === "]") return [out, i + 1];
      if (s[i] !== ",") this.fail("Expecting ',' delimiter", i);
      i = this.ws(i + 1);
    }
  }
}

const LOADS_PARAMS = new Set([
  "cls",
  "object_hook",
  "parse_float",
  "parse_int",
  "parse_constant",
  "object_pairs_hook",
  "strict",
]);

/** `json.loads(s, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
 * object_pairs_hook=None, strict=True)`. */
export function loads(...args: unknown[]): unknown {
  const [pos, kw] = jsonArgs(args, "loads", "s", LOADS_PARAMS, "JSONDecoder.__init__");
  const s = pos[0];
  if (typeof s !== "string") {
    throw new TypeError(`the JSON object must be str, bytes or bytearray, not ${typeName(s)}`);
  }
  if (s.startsWith("\ufeff")) {
    throw new JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0);
  }
  const p = new Parser(s, {
    objectHook: kw.object_hook ?? null,
    pairsHook: kw.object_pairs_hook ?? null,
    parseFloat: kw.parse_float ?? null,
    parseInt: kw.parse_int ?? null,
    parseConstant: kw.parse_constant ?? null,
    strict: truthy(kw.strict ?? true),
  });
  const [value, end] = p.value(p.ws(0));
  const rest = p.ws(end);
  if (rest !== s.length) throw new JSONDecodeError("Extra data", s, rest);
  return value;
}
pyClass(loads, "json", "loads");
