// Python's str methods. Names JS strings lack (`upper`, `strip`, `join`, `startswith`, `format`, …)
// are installed on String.prototype as non-enumerable methods; `split` and `replace` exist in JS
// with other semantics, so emitted code reaches Python's through `str.split(s, …)` or
// `py.method(s, "split", …)` (contract §1). Mirrors Objects/unicodeobject.c.

import { TypeError, ValueError } from "./exceptions.js";
import { strFormat } from "./format.js";
import { iterate } from "./iteration.js";
import { splitKwargs } from "./kwargs.js";
import { typeName } from "./pytype.js";
import { PyTuple } from "./tuple.js";

const WS =
  "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const isWs = new RegExp(`^[${WS}]$`);
// biome-ignore lint/complexity/useRegexLiterals: a literal would hold control characters, which lint forbids.
const LINE_BREAK = new RegExp("\\r\\n|[\\n\\r\\x0b\\x0c\\x1c\\x1d\\x1e\\x85\\u2028\\u2029]", "g");

function isCased(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

function stripChars(s: string, chars: unknown, left: boolean, right: boolean): string {
  const set = chars === null || chars === undefined ? null : String(chars);
  const drop = (c: string) => (set === null ? isWs.test(c) : set.includes(c));
  const cs = [...s];
  let a = 0;
  let b = cs.length;
  if (left) while (a < b && drop(cs[a]!)) a++;
  if (right) while (b > a && drop(cs[b - 1]!)) b--;
  return cs.slice(a, b).join("");
}

function bounds(s: string, start: unknown, end: unknown): [number, number] {
  const n = s.length;
  const norm = (v: unknown, d: number) => {
    if (v === null || v === undefined) return d;
    const x = Number(v);
    return x < 0 ? Math.max(0, x + n) : Math.min(x, n);
  };
  return [norm(start, 0), norm(end, n)];
}

function fillChar(c: unknown): string {
  if (typeof c !== "string" || [...c].length !== 1) {
    throw new TypeError("The fill character must be exactly one character long");
  }
  return c;
}

function whitespaceSplit(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const cs = [...s];
  let i = 0;
  const n = cs.length;
  while (i < n) {
    while (i < n && isWs.test(cs[i]!)) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(cs.slice(i).join(""));
      return out;
    }
    let j = i;
    while (j < n && !isWs.test(cs[j]!)) j++;
    out.push(cs.slice(i, j).join(""));
    i = j;
  }
  return out;
}

function prefixTest(
  s: string,
  prefix: unknown,
  start: unknown,
  end: unknown,
  atEnd: boolean,
): boolean {
  const [a, b] = bounds(s, start, end);
  const part = s.slice(a, b);
  const name = atEnd ? "endswith" : "startswith";
  const options = Array.isArray(prefix) ? prefix : [prefix];
  return options.some((p) => {
    if (typeof p !== "string") {
      throw new TypeError(`${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
    }
    if (start !== null && start !== undefined && Number(start) > s.length) return false;
    return atEnd ? part.endsWith(p) : part.startsWith(p);
  });
}

/** Python's str methods as functions taking the string first. */
export const strMethods = {
  /** `s.upper()`. */
  upper: (s: string): string => s.toUpperCase(),
  /** `s.lower()`. */
  lower: (s: string): string => s.toLowerCase(),
  /** `s.casefold()`. */
  casefold: (s: string): string => s.toLowerCase(),
  /** `s.swapcase()`. */
  swapcase: (s: string): string =>
    [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(""),
  /** `s.capitalize()`. */
  capitalize: (s: string): string => {
    const cs = [...s];
    return cs.length === 0 ? "" : cs[0]!.toUpperCase() + cs.slice(1).join("").toLowerCase();
  },
  /** `s.title()`. */
  title: (s: string): string => {
    let prevCased = false;
    let out = "";
    for (const c of s) {
      out += prevCased ? c.toLowerCase() : c.toUpperCase();
      prevCased = isCased(c);
    }
    return out;
  },
  /** `s.strip(chars=None)`. */
  strip: (s: string, chars: unknown = null): string => stripChars(s, chars, true, true),
  /** `s.lstrip(chars=None)`. */
  lstrip: (s: string, chars: unknown = null): string => stripChars(s, chars, true, false),
  /** `s.rstrip(chars=None)`. */
  rstrip: (s: string, chars: unknown = null): string => stripChars(s, chars, false, true),
  /** `s.split(sep=None, maxsplit=-1)`. */
  split: (s: string, ...args: unknown[]): string[] => {
    const [pos, kw] = splitKwargs(args);
    const sep = (kw.sep ?? pos[0] ?? null) as string | null;
    const maxsplit = Number(kw.maxsplit ?? pos[1] ?? -1);
    if (sep === null) return whitespaceSplit(s, maxsplit);
    if (sep === "") throw new ValueError("empty separator");
    const parts = s.split(sep);
    if (maxsplit < 0 || parts.length - 1 <= maxsplit) return parts;
    return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
  },
  /** `s.rsplit(sep=None, maxsplit=-1)`. */
  rsplit: (s: string, ...args: unknown[]): string[] => {
    const [pos, kw] = splitKwargs(args);
    const sep = (kw.sep ?? pos[0] ?? null) as string | null;
    const maxsplit = Number(kw.maxsplit ?? pos[1] ?? -1);
    if (maxsplit < 0) return strMethods.split(s, sep);
    if (sep === null) {
      const rev = whitespaceSplit([...s].reverse().join(""), maxsplit);
      return rev.map((p) => [...p].reverse().join("")).reverse();
    }
    if (sep === "") throw new ValueError("empty separator");
    const parts = s.split(sep);
    if (parts.length - 1 <= maxsplit) return parts;
    const cut = parts.length - maxsplit;
    return [parts.slice(0, cut).join(sep), ...parts.slice(cut)];
  },
  /** `s.splitlines(keepends=False)`. */
  splitlines: (s: string, ...args: unknown[]): string[] => {
    const [pos, kw] = splitKwargs(args);
    const keep = Boolean(kw.keepends ?? pos[0] ?? false);
    const out: string[] = [];
    let last = 0;
    for (const m of s.matchAll(LINE_BREAK)) {
      out.push(s.slice(last, keep ? m.index! + m[0].length : m.index!));
      last = m.index! + m[0].length;
    }
    if (last < s.length) out.push(s.slice(last));
    return out;
  },
  /** `sep.join(iterable)`. */
  join: (sep: string, items: unknown): string => {
    const parts: string[] = [];
    let i = 0;
    for (const x of iterate(items)) {
      if (typeof x !== "string") {
        throw new TypeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
      }
      parts.push(x);
      i++;
    }
    return parts.join(sep);
  },
  /** `s.replace(old, new, count=-1)`: every occurrence by default. */
  replace: (s: string, old: string, rep: string, count = -1): string => {
    if (count < 0) {
      if (old === "") return rep + [...s].join(rep) + (s === "" ? "" : rep);
      return s.split(old).join(rep);
    }
    let out = "";
    let rest = s;
    for (let i = 0; i < count; i++) {
      if (old === "") {
        if (i > [...s].length) break;
        const c = [...rest][0] ?? "";
        out += rep + c;
        rest = rest.slice(c.length);
        if (c === "") break;
        continue;
      }
      const k = rest.indexOf(old);
      if (k < 0) break;
      out += rest.slice(0, k) + rep;
      rest = rest.slice(k + old.length);
    }
    return out + rest;
  },
  /** `s.startswith(prefix[, start[, end]])`; `prefix` may be a tuple. */
  startswith: (s: string, prefix: unknown, start: unknown = null, end: unknown = null): boolean =>
    prefixTest(s, prefix, start, end, false),
  /** `s.endswith(suffix[, start[, end]])`; `suffix` may be a tuple. */
  endswith: (s: string, suffix: unknown, start: unknown = null, end: unknown = null): boolean =>
    prefixTest(s, suffix, start, end, true),
  /** `s.find(sub[, start[, end]])`: -1 when absent. */
  find: (s: string, sub: string, start: unknown = null, end: unknown = null): number => {
    const [a, b] = bounds(s, start, end);
    if (a > b) return -1;
    const i = s.slice(a, b).indexOf(sub);
    return i < 0 ? -1 : i + a;
  },
  /** `s.rfind(sub[, start[, end]])`. */
  rfind: (s: string, sub: string, start: unknown = null, end: unknown = null): number => {
    const [a, b] = bounds(s, start, end);
    if (a > b) return -1;
    const i = s.slice(a, b).lastIndexOf(sub);
    return i < 0 ? -1 : i + a;
  },
  /** `s.index(sub[, start[, end]])`: ValueError when absent. */
  index: (s: string, sub: string, start: unknown = null, end: unknown = null): number => {
    const i = strMethods.find(s, sub, start, end);
    if (i < 0) throw new ValueError("substring not found");
    return i;
  },
  /** `s.rindex(sub[, start[, end]])`. */
  rindex: (s: string, sub: string, start: unknown = null, end: unknown = null): number => {
    const i = strMethods.rfind(s, sub, start, end);
    if (i < 0) throw new ValueError("substring not found");
    return i;
  },
  /** `s.count(sub[, start[, end]])`: non-overlapping occurrences. */
  count: (s: string, sub: string, start: unknown = null, end: unknown = null): number => {
    const [a, b] = bounds(s, start, end);
    if (a > b) return 0;
    const part = s.slice(a, b);
    if (sub === "") return [...part].length + 1;
    return part.split(sub).length - 1;
  },
  /** `s.ljust(width, fillchar=' ')`. */
  ljust: (s: string, width: number, fill: unknown = " "): string =>
    s + fillChar(fill).repeat(Math.max(0, width - [...s].length)),
  /** `s.rjust(width, fillchar=' ')`. */
  rjust: (s: string, width: number, fill: unknown = " "): string =>
    fillChar(fill).repeat(Math.max(0, width - [...s].length)) + s,
  /** `s.center(width, fillchar=' ')` (CPython puts the odd pad on the right only for odd widths). */
  center: (s: string, width: number, fill: unknown = " "): string => {
    const c = fillChar(fill);
    const marg = width - [...s].length;
    if (marg <= 0) return s;
    const left = Math.floor(marg / 2) + (marg & width & 1);
    return c.repeat(left) + s + c.repeat(marg - left);
  },
  /** `s.zfill(width)`. */
  zfill: (s: string, width: number): string => {
    const n = [...s].length;
    if (n >= width) return s;
    const sign = s[0] === "-" || s[0] === "+" ? s[0] : "";
    return sign + "0".repeat(width - n) + s.slice(sign.length);
  },
  /** `s.expandtabs(tabsize=8)`. */
  expandtabs: (s: string, tabsize = 8): string => {
    let out = "";
    let col = 0;
    for (const c of s) {
      if (c === "\t") {
        const n = tabsize > 0 ? tabsize - (col % tabsize) : 0;
        out += " ".repeat(n);
        col += n;
      } else {
        out += c;
        col = c === "\n" || c === "\r" ? 0 : col + 1;
      }
    }
    return out;
  },
  /** `s.partition(sep)`. */
  partition: (s: string, sep: string): PyTuple<string> => {
    if (sep === "") throw new ValueError("empty separator");
    const i = s.indexOf(sep);
    return i < 0 ? PyTuple.of(s, "", "") : PyTuple.of(s.slice(0, i), sep, s.slice(i + sep.length));
  },
  /** `s.rpartition(sep)`. */
  rpartition: (s: string, sep: string): PyTuple<string> => {
    if (sep === "") throw new ValueError("empty separator");
    const i = s.lastIndexOf(sep);
    return i < 0 ? PyTuple.of("", "", s) : PyTuple.of(s.slice(0, i), sep, s.slice(i + sep.length));
  },
  /** `s.removeprefix(prefix)`. */
  removeprefix: (s: string, p: string): string =>
    p !== "" && s.startsWith(p) ? s.slice(p.length) : s,
  /** `s.removesuffix(suffix)`. */
  removesuffix: (s: string, p: string): string =>
    p !== "" && s.endsWith(p) ? s.slice(0, -p.length) : s,
  /** `s.isdigit()`. */
  isdigit: (s: string): boolean =>
    /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]+$/u.test(s),
  /** `s.isdecimal()`. */
  isdecimal: (s: string): boolean => /^\p{Nd}+$/u.test(s),
  /** `s.isnumeric()`. */
  isnumeric: (s: string): boolean => /^\p{N}+$/u.test(s),
  /** `s.isalpha()`. */
  isalpha: (s: string): boolean => /^\p{L}+$/u.test(s),
  /** `s.isalnum()`. */
  isalnum: (s: string): boolean => /^[\p{L}\p{N}]+$/u.test(s),
  /** `s.isspace()`. */
  isspace: (s: string): boolean => s.length > 0 && [...s].every((c) => isWs.test(c)),
  /** `s.isascii()`. */
  isascii: (s: string): boolean => [...s].every((c) => c.codePointAt(0)! < 0x80),
  /** `s.isidentifier()`. */
  isidentifier: (s: string): boolean =>
    /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s),
  /** `s.isprintable()`. */
  isprintable: (s: string): boolean => !/[\p{C}\p{Z}]/u.test(s.replace(/ /g, "")),
  /** `s.isupper()`: has a cased character and none lowercase. */
  isupper: (s: string): boolean => [...s].some(isCased) && s === s.toUpperCase(),
  /** `s.islower()`: has a cased character and none uppercase. */
  islower: (s: string): boolean => [...s].some(isCased) && s === s.toLowerCase(),
  /** `s.istitle()`. */
  istitle: (s: string): boolean => [...s].some(isCased) && strMethods.title(s) === s,
  /** `s.format(*args, **kwargs)`. */
  format: (s: string, ...args: unknown[]): string => strFormat(s, ...args),
  /** `s.format_map(mapping)`. */
  format_map: (s: string, mapping: unknown): string => {
    const kw: Record<string, unknown> = {};
    if (mapping instanceof Map) for (const [k, v] of mapping.entries()) kw[String(k)] = v;
    else Object.assign(kw, mapping);
    return strFormat(s, kw);
  },
};

/** The str method names JS strings already have with other semantics. */
export const clashingStrMethods = new Set(["split", "replace"]);

type StrMethodsOnString = {
  [K in keyof typeof strMethods]: (typeof strMethods)[K] extends (
    s: string,
    ...args: infer A
  ) => infer R
    ? (...args: A) => R
    : never;
};

declare global {
  interface String extends Omit<StrMethodsOnString, "split" | "replace"> {}
}

for (const name of Object.keys(strMethods) as (keyof typeof strMethods)[]) {
  if (name in String.prototype) continue;
  const impl = strMethods[name] as (s: string, ...args: any[]) => unknown;
  Object.defineProperty(String.prototype, name, {
    value: function (this: string, ...args: unknown[]) {
      return impl(String(this), ...args);
    },
    writable: true,
    configurable: true,
    enumerable: false,
  });
}
