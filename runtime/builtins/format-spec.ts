// Python's format-spec mini-language for int, float and str: `format(x, ".2f")`, f-string fields.
// Mirrors Python/formatter_unicode.c and the float modes of Python/pystrtod.c.

import { OverflowError, ValueError } from "./exceptions.js";
import { floatRepr, placePoint, roundDecimal } from "./float.js";

/** A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`. */
export interface FormatSpec {
  fill: string;
  align: "" | "<" | ">" | "^" | "=";
  sign: "" | "+" | "-" | " ";
  z: boolean;
  alt: boolean;
  width: number;
  grouping: "" | "," | "_";
  precision: number | null;
  type: string;
}

const PREFIX = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?/su;

/** Parses a format spec; `typeName` words the error as CPython does. */
export function parseSpec(
  spec: string,
  typeName: string,
  defaultAlign: "<" | ">" = ">",
): FormatSpec {
  const m = PREFIX.exec(spec)!;
  const rest = [...spec.slice(m[0].length)];
  if (rest[0] === "," || rest[0] === "_") {
    throw new ValueError("Cannot specify both ',' and '_'.");
  }
  if (rest[0] === "." && (rest.length === 1 || !/\d/.test(rest[1]!))) {
    throw new ValueError("Format specifier missing precision");
  }
  if (rest.length > 1) {
    throw new ValueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  let fill = m[1] ?? "";
  let align = (m[2] ?? "") as FormatSpec["align"];
  if (m[6] !== undefined && m[1] === undefined) {
    fill = "0";
    if (align === "" && defaultAlign === ">") align = "=";
  }
  const type = rest[0] ?? "";
  const grouping = m[8];
  if (grouping !== undefined && !"defgEGF%".includes(type || "d")) {
    if (!(grouping === "_" && "boxX".includes(type))) {
      const shown = /^[ -~]$/.test(type) ? type : `\\x${type.codePointAt(0)!.toString(16)}`;
      throw new ValueError(`Cannot specify '${grouping}' with '${shown}'.`);
    }
  }
  return {
    fill: fill === "" ? " " : fill,
    align,
    sign: (m[3] ?? "") as FormatSpec["sign"],
    z: m[4] !== undefined,
    alt: m[5] !== undefined,
    width: m[7] === undefined ? 0 : Number(m[7]),
    grouping: (m[8] ?? "") as FormatSpec["grouping"],
    precision: m[9] === undefined ? null : Number(m[9]),
    type,
  };
}

function group(digits: string, sep: string, every: number, minWidth: number): string {
  if (sep === "") return digits.padStart(minWidth, "0");
  const parts: string[] = [];
  let rest = digits;
  let width = 0;
  for (;;) {
    const chunk = rest.slice(-every);
    rest = rest.slice(0, -every);
    const needed = rest === "" ? Math.max(minWidth - width, chunk.length) : chunk.length;
    const piece = chunk.padStart(Math.min(needed, every), "0");
    parts.unshift(piece);
    width += piece.length;
    if (rest === "" && width >= minWidth) break;
    width += 1;
    if (rest === "" && width >= minWidth) {
      parts.unshift("0");
      break;
    }
  }
  return parts.join(sep);
}

/** Pads `body` (already signed) to the spec's width with its fill and alignment. */
function pad(spec: FormatSpec, body: string, defaultAlign: "<" | ">"): string {
  const len = [...body].length;
  if (len >= spec.width) return body;
  const n = spec.width - len;
  const fill = spec.fill;
  switch (spec.align || defaultAlign) {
    case "<":
      return body + fill.repeat(n);
    case "^":
      return fill.repeat(Math.floor(n / 2)) + body + fill.repeat(n - Math.floor(n / 2));
    default:
      return fill.repeat(n) + body;
  }
}

/**
 * Lays out a number: sign, prefix, integer digits (grouped, zero-padded for `=` with fill 0),
 * and the rest (fraction, exponent, `%`), padded to width.
 */
function layoutNumber(
  spec: FormatSpec,
  negative: boolean,
  prefix: string,
  intDigits: string,
  rest: string,
  every: number,
): string {
  const sign = negative ? "-" : spec.sign === "+" ? "+" : spec.sign === " " ? " " : "";
  const lead = sign + prefix;
  if (spec.align === "=") {
    if (spec.fill === "0" && /^[0-9a-fA-F]+$/.test(intDigits)) {
      const minWidth = Math.max(spec.width - lead.length - rest.length, 0);
      return lead + group(intDigits, spec.grouping, every, minWidth) + rest;
    }
    const body =
      (/^[0-9a-fA-F]+$/.test(intDigits) ? group(intDigits, spec.grouping, every, 0) : intDigits) +
      rest;
    const n = spec.width - lead.length - body.length;
    return lead + (n > 0 ? spec.fill.repeat(n) : "") + body;
  }
  const digits = /^[0-9a-fA-F]+$/.test(intDigits)
    ? group(intDigits, spec.grouping, every, 0)
    : intDigits;
  return pad(spec, lead + digits + rest, ">");
}

/** `format(int, spec)` for a JS integer or bigint. */
export function formatInt(n: number | bigint, spec: FormatSpec): string {
  const t = spec.type;
  if ("eEfFgG%".includes(t) && t !== "") return formatFloat(Number(n), spec);
  if (spec.precision !== null) {
    throw new ValueError("Precision not allowed in integer format specifier");
  }
  if (spec.z) {
    throw new ValueError("Negative zero coercion (z) not allowed in integer format specifier");
  }
  const big = BigInt(n);
  const negative = big < 0n;
  const abs = negative ? -big : big;
  if (t === "c") {
    if (spec.sign !== "") {
      throw new ValueError("Sign not allowed with integer format specifier 'c'");
    }
    if (spec.alt) {
      throw new ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (negative || abs > 0x10ffffn) throw new OverflowError("%c arg not in range(0x110000)");
    return pad(spec, String.fromCodePoint(Number(abs)), ">");
  }
  const bases: Record<string, [number, string]> = {
    "": [10, ""],
    d: [10, ""],
    n: [10, ""],
    b: [2, "0b"],
    o: [8, "0o"],
    x: [16, "0x"],
    X: [16, "0X"],
  };
  const base = bases[t];
  if (base === undefined) {
    throw new ValueError(`Unknown format code '${t}' for object of type 'int'`);
  }
  let digits = abs.toString(base[0]);
  if (t === "X") digits = digits.toUpperCase();
  return layoutNumber(spec, negative, spec.alt ? base[1] : "", digits, "", base[0] === 10 ? 3 : 4);
}

function expText(digits: string, exp: number, alt: boolean, upper: boolean): string {
  const mant = digits.length > 1 || alt ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = `${upper ? "E" : "e"}${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  return mant + e;
}

/**
 * |x| (finite, ≥ 0) with `p` decimals, correctly rounded half-to-even. JS's toFixed is correctly
 * rounded too, except that it breaks exact ties upwards; a tie at p decimals happens exactly when
 * x·2^(p+1) is an odd integer, and those (and huge values) take the exact decimal path.
 */
function fixed(x: number, p: number): string {
  const y = x * 2 ** (p + 1);
  const tie = Number.isInteger(y) && y % 2 === 1;
  if (x < 1e21 && p <= 100 && !tie) return x.toFixed(p);
  const r = roundDecimal(x, p, false);
  return placePoint(r.digits, r.exp, false);
}

/** Digits of |x| per a float presentation type, without sign or padding (finite x). */
function floatBody(x: number, type: string, precision: number | null, alt: boolean): string {
  const upper = type === "E" || type === "G" || type === "F";
  switch (type) {
    case "e":
    case "E": {
      const p = precision ?? 6;
      const r = roundDecimal(x, p + 1, true);
      return expText(r.digits, r.exp, alt, upper);
    }
    case "f":
    case "F":
    case "%": {
      const p = precision ?? 6;
      const s = fixed(type === "%" ? x * 100 : x, p);
      const withPoint = p > 0 ? s : alt ? `${s}.` : s;
      return (
        (p > 0 && !s.includes(".") ? `${s}.${"0".repeat(p)}` : withPoint) +
        (type === "%" ? "%" : "")
      );
    }
    default: {
      // g, G, n, and the no-type form (with or without precision).
      if (type === "" && precision === null) {
        const s = floatRepr(Math.abs(x));
        return alt && !s.includes(".") ? s.replace(/(?=e)|$/, ".") : s;
      }
      const addDot0 = type === "";
      const p = precision === 0 ? 1 : (precision ?? 6);
      let digits: string;
      let exp: number;
      if (x === 0) {
        digits = "0";
        exp = 0;
      } else {
        ({ digits, exp } = roundDecimal(x, p, true));
      }
      const useExp = exp < -4 || exp >= (addDot0 ? p - 1 : p);
      if (!alt) digits = digits.replace(/0+$/, "") || "0";
      else digits = digits.padEnd(p, "0");
      if (useExp) {
        return expText(digits, exp, alt && digits.length === 1, upper);
      }
      let s = placePoint(digits, exp, addDot0);
      if (alt && !s.includes(".")) s += ".";
      return s;
    }
  }
}

/** `format(float, spec)`. */
export function formatFloat(x: number, spec: FormatSpec): string {
  const t = spec.type;
  if (!["", "e", "E", "f", "F", "g", "G", "n", "%"].includes(t)) {
    throw new ValueError(`Unknown format code '${t}' for object of type 'float'`);
  }
  let negative = x < 0 || Object.is(x, -0);
  let body: string;
  if (!Number.isFinite(x)) {
    body = Number.isNaN(x) ? "nan" : "inf";
    negative = x === -Infinity;
    if (t === "E" || t === "F" || t === "G") body = body.toUpperCase();
    if (t === "%") body += "%";
  } else {
    body = floatBody(Math.abs(x), t, spec.precision, spec.alt);
    if (spec.z && negative && !/[1-9]/.test(body.replace(/[eE][-+]\d+$/, ""))) {
      negative = false;
    }
  }
  const m = /^(\d*)(.*)$/s.exec(body)!;
  if (m[1] === "") return layoutNumber(spec, negative, "", body, "", 3);
  return layoutNumber(spec, negative, "", m[1], m[2]!, 3);
}

/** `format(str, spec)`. */
export function formatStr(s: string, spec: FormatSpec): string {
  if (spec.type !== "" && spec.type !== "s") {
    throw new ValueError(`Unknown format code '${spec.type}' for object of type 'str'`);
  }
  if (spec.grouping !== "") throw new ValueError(`Cannot specify '${spec.grouping}' with 's'.`);
  if (spec.sign !== "") throw new ValueError("Sign not allowed in string format specifier");
  if (spec.z) {
    throw new ValueError("Negative zero coercion (z) not allowed in string format specifier");
  }
  if (spec.alt) throw new ValueError("Alternate form (#) not allowed in string format specifier");
  if (spec.align === "=") {
    throw new ValueError("'=' alignment not allowed in string format specifier");
  }
  const cut = spec.precision === null ? s : [...s].slice(0, spec.precision).join("");
  return pad(spec, cut, "<");
}
