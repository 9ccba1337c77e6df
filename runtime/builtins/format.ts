// Python's `format(value, spec)`, `str.format(...)` and `%`-formatting (`py.percent`).
// Mirrors Objects/stringlib/unicode_format.h and PyUnicode_Format in Objects/unicodeobject.c.

import {
  AttributeError,
  IndexError,
  KeyError,
  OverflowError,
  TypeError,
  ValueError,
} from "./exceptions.js";
import { isFloatValue, PyFloat } from "./float.js";
import { formatFloat, formatInt, formatStr, parseSpec } from "./format-spec.js";
import { getitem } from "./items.js";
import { splitKwargs } from "./kwargs.js";
import { typeName } from "./pytype.js";
import { repr, toStr } from "./repr.js";
import { PyTuple } from "./tuple.js";

/** Python's `format(value, format_spec='')`. */
export function format(value: unknown, spec = ""): string {
  if (value !== null && typeof value === "object") {
    const custom = (value as { __format__?: unknown }).__format__;
    if (typeof custom === "function") return String(custom.call(value, spec));
  }
  if (typeof value === "boolean") {
    return spec === ""
      ? value
        ? "True"
        : "False"
      : formatInt(value ? 1 : 0, parseSpec(spec, "bool"));
  }
  if (typeof value === "bigint") return formatInt(value, parseSpec(spec, "int"));
  if (typeof value === "number" || value instanceof PyFloat) {
    const x = Number(value);
    if (isFloatValue(value)) return formatFloat(x, parseSpec(spec, "float"));
    return formatInt(x, parseSpec(spec, "int"));
  }
  if (typeof value === "string") return formatStr(value, parseSpec(spec, "str", "<"));
  if (spec === "") return toStr(value);
  throw new TypeError(`unsupported format string passed to ${typeName(value)}.__format__`);
}

function lookupField(
  name: string,
  args: unknown[],
  kwargs: Record<string, unknown>,
  auto: { next: number; mode: "" | "auto" | "manual" },
): unknown {
  const m = /^([^.[]*)(.*)$/s.exec(name)!;
  const first = m[1]!;
  let value: unknown;
  if (first === "") {
    if (auto.mode === "manual") {
      throw new ValueError(
        "cannot switch from manual field specification to automatic field numbering",
      );
    }
    auto.mode = "auto";
    const i = auto.next++;
    if (i >= args.length) {
      throw new IndexError(`Replacement index ${i} out of range for positional args tuple`);
    }
    value = args[i];
  } else if (/^\d+$/.test(first)) {
    if (auto.mode === "auto") {
      throw new ValueError(
        "cannot switch from automatic field numbering to manual field specification",
      );
    }
    auto.mode = "manual";
    const i = Number(first);
    if (i >= args.length) {
      throw new IndexError(`Replacement index ${i} out of range for positional args tuple`);
    }
    value = args[i];
  } else {
    if (!(first in kwargs)) throw new KeyError(first);
    value = kwargs[first];
  }
  const path = /\.([^.[]+)|\[([^\]]+)\]/gy;
  let rest = m[2]!;
  while (rest !== "") {
    path.lastIndex = 0;
    const p = path.exec(rest);
    if (p === null)
      throw new ValueError("Only '.' or '[' may follow ']' in format field specifier");
    if (p[1] !== undefined) {
      value = fieldAttr(value, p[1]);
    } else {
      const key = /^\d+$/.test(p[2]!) ? Number(p[2]) : p[2]!;
      value = getitem(value, key);
    }
    rest = rest.slice(p[0].length);
  }
  return value;
}

const numberAttrs: Record<string, (n: number) => unknown> = {
  real: (n) => n,
  imag: () => 0,
  numerator: (n) => n,
  denominator: () => 1,
};

function fieldAttr(value: unknown, name: string): unknown {
  if (typeof value === "number" && name in numberAttrs) return numberAttrs[name]!(value);
  if (value === null || value === undefined || !(name in Object(value))) {
    throw new AttributeError(`'${typeName(value)}' object has no attribute '${name}'`);
  }
  return (value as Record<string, unknown>)[name];
}

function convert(value: unknown, conversion: string | undefined): unknown {
  if (conversion === undefined) return value;
  if (conversion === "r") return repr(value);
  if (conversion === "s") return toStr(value);
  if (conversion === "a")
    return repr(value).replace(/[^ -~\t\n\r\\]/gu, (c) => {
      const n = c.codePointAt(0)!;
      return n <= 0xff
        ? `\\x${n.toString(16).padStart(2, "0")}`
        : n <= 0xffff
          ? `\\u${n.toString(16).padStart(4, "0")}`
          : `\\U${n.toString(16).padStart(8, "0")}`;
    });
  throw new ValueError(`Unknown conversion specifier ${conversion}`);
}

function formatWith(
  template: string,
  args: unknown[],
  kwargs: Record<string, unknown>,
  auto: { next: number; mode: "" | "auto" | "manual" },
  depth: number,
): string {
  if (depth > 2) throw new ValueError("Max string recursion exceeded");
  let out = "";
  let i = 0;
  while (i < template.length) {
    const ch = template[i]!;
    if (ch === "}") {
      if (template[i + 1] !== "}") throw new ValueError("Single '}' encountered in format string");
      out += "}";
      i += 2;
      continue;
    }
    if (ch !== "{") {
      out += ch;
      i++;
      continue;
    }
    if (template[i + 1] === "{") {
      out += "{";
      i += 2;
      continue;
    }
    if (i + 1 >= template.length) throw new ValueError("Single '{' encountered in format string");
    let j = i + 1;
    let nest = 1;
    while (j < template.length && nest > 0) {
      if (template[j] === "{") nest++;
      else if (template[j] === "}") nest--;
      if (nest > 0) j++;
    }
    if (j >= template.length) throw new ValueError("expected '}' before end of string");
    const field = template.slice(i + 1, j);
    const m = /^([^!:]*)(?:!([^:]))?(?::(.*))?$/s.exec(field);
    if (m === null) throw new ValueError("expected ':' after conversion specifier");
    const value = convert(lookupField(m[1]!, args, kwargs, auto), m[2]);
    const spec = m[3] === undefined ? "" : formatWith(m[3], args, kwargs, auto, depth + 1);
    out += format(value, spec);
    i = j + 1;
  }
  return out;
}

/** Python's `template.format(*args, **kwargs)` (keywords as a trailing plain object). */
export function strFormat(template: string, ...rawArgs: unknown[]): string {
  const [args, kwargs] = splitKwargs(rawArgs);
  return formatWith(template, args, kwargs, { next: 0, mode: "" }, 0);
}

const PERCENT = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.)?/gsy;

/** Pads a %-conversion: `lead` (sign, prefix) then `body`, zero-filled between them with `0`. */
function padPercent(
  lead: string,
  body: string,
  width: number,
  left: boolean,
  zero: boolean,
): string {
  const n = width - [...lead].length - [...body].length;
  if (n <= 0) return lead + body;
  if (left) return lead + body + " ".repeat(n);
  return zero ? lead + "0".repeat(n) + body : " ".repeat(n) + lead + body;
}

/** Python's `fmt % args`: `args` is one value, a tuple (array) of values, or a mapping. */
export function percent(fmt: string, args: unknown): string {
  const isTuple = args instanceof PyTuple;
  const values = isTuple ? (args as unknown[]) : [args];
  const mapping =
    args instanceof Map || (args !== null && Object.getPrototypeOf(args) === Object.prototype)
      ? args
      : null;
  let next = 0;
  let usedMapping = false;
  const take = (): unknown => {
    if (next >= values.length) throw new TypeError("not enough arguments for format string");
    return values[next++];
  };
  let out = "";
  let i = 0;
  while (i < fmt.length) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    PERCENT.lastIndex = pct;
    const m = PERCENT.exec(fmt)!;
    const [, key, flags = "", widthText, precText, conv] = m;
    if (conv === undefined) throw new ValueError("incomplete format");
    i = pct + m[0].length;
    if (
      conv === "%" &&
      key === undefined &&
      flags === "" &&
      widthText === undefined &&
      precText === undefined
    ) {
      out += "%";
      continue;
    }
    let width =
      widthText === "*" ? Number(take()) : widthText === undefined ? 0 : Number(widthText);
    const prec =
      precText === undefined ? null : precText === "*" ? Number(take()) : Number(precText || "0");
    let value: unknown;
    if (key !== undefined) {
      if (mapping === null) throw new TypeError("format requires a mapping");
      usedMapping = true;
      value =
        mapping instanceof Map
          ? (mapping as Map<unknown, unknown>).get(key)
          : (mapping as Record<string, unknown>)[key];
      if (
        mapping instanceof Map
          ? !(mapping as Map<unknown, unknown>).has(key)
          : !(key in (mapping as object))
      )
        throw new KeyError(key);
    } else {
      value = take();
    }
    let left = flags.includes("-");
    if (width < 0) {
      left = true;
      width = -width;
    }
    const sign = flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
    const zero = flags.includes("0") && !left ? "0" : "";
    const alt = flags.includes("#") ? "#" : "";
    const align = left ? "<" : zero ? "" : ">";
    const w = width > 0 ? String(width) : "";
    let text: string;
    switch (conv) {
      case "s":
      case "r":
      case "a": {
        const s = conv === "s" ? toStr(value) : (convert(value, conv) as string);
        text = format(prec === null ? s : s.slice(0, prec), `${left ? "<" : ">"}${w}`);
        break;
      }
      case "d":
      case "i":
      case "u":
      case "x":
      case "X":
      case "o": {
        if (
          typeof value !== "number" &&
          typeof value !== "boolean" &&
          typeof value !== "bigint" &&
          !(value instanceof PyFloat)
        ) {
          const kind =
            conv === "x" || conv === "X" || conv === "o" ? "an integer" : "a real number";
          throw new TypeError(`%${conv} format: ${kind} is required, not ${typeName(value)}`);
        }
        const intOnly = conv === "x" || conv === "X" || conv === "o";
        if (intOnly && isFloatValue(value)) {
          throw new TypeError(`%${conv} format: an integer is required, not float`);
        }
        const big = BigInt(typeof value === "bigint" ? value : Math.trunc(Number(value)));
        const negative = big < 0n;
        let digits = (negative ? -big : big).toString(conv === "o" ? 8 : intOnly ? 16 : 10);
        if (conv === "X") digits = digits.toUpperCase();
        if (prec !== null) digits = digits.padStart(prec, "0");
        const lead =
          (negative ? "-" : sign) + (alt && intOnly ? `0${conv === "o" ? "o" : conv}` : "");
        text = padPercent(lead, digits, width, left, zero !== "");
        break;
      }
      case "e":
      case "E":
      case "f":
      case "F":
      case "g":
      case "G": {
        if (
          typeof value !== "number" &&
          typeof value !== "boolean" &&
          !(value instanceof PyFloat)
        ) {
          throw new TypeError(`must be real number, not ${typeName(value)}`);
        }
        text = format(
          new PyFloat(Number(value)),
          `${align}${sign}${alt}${zero}${w}.${prec ?? 6}${conv}`,
        );
        break;
      }
      case "c": {
        let c: string;
        if (typeof value === "string" && [...value].length === 1) c = value;
        else if (
          typeof value === "boolean" ||
          (typeof value === "number" && Number.isInteger(value))
        ) {
          const n = Number(value);
          if (n < 0 || n > 0x10ffff) throw new OverflowError("%c arg not in range(0x110000)");
          c = String.fromCodePoint(n);
        } else {
          throw new TypeError("%c requires int or char");
        }
        text = padPercent("", c, width, left, false);
        break;
      }
      case "%":
        throw new ValueError(`unsupported format character '%' (0x25) at index ${i - 1}`);
      default:
        throw new ValueError(
          `unsupported format character '${conv}' (0x${conv.codePointAt(0)!.toString(16)}) at index ${i - 1}`,
        );
    }
    out += text;
  }
  if (!usedMapping && isTuple && next < values.length) {
    throw new TypeError("not all arguments converted during string formatting");
  }
  if (!usedMapping && !isTuple && mapping === null && next === 0 && values.length === 1) {
    throw new TypeError("not all arguments converted during string formatting");
  }
  return out;
}
