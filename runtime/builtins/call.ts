// `py.call(f, ...args)`: a Python call whose callee may be a class behind a name (`raise exc(msg)`
// with `exc` a parameter): `new f(...)` for classes, a plain call otherwise. Mirrors type.__call__.
// `py.callKw(f, args, kw)`: keywords to a callee of unknown signature.

import { isRuntimeDefined } from "./classinfo.js";
import { TypeError } from "./exceptions.js";

/** Calls `f` as Python would: classes (user or runtime, exceptions included) are instantiated.
 * Builtin types made from functions (`int`, `list`) are called: `new int()` would box a primitive. */
export function call(f: unknown, ...args: unknown[]): any {
  if (typeof f === "function" && /^class[\s{]/.test(Function.prototype.toString.call(f))) {
    return new (f as new (...a: unknown[]) => unknown)(...args);
  }
  return (f as (...a: unknown[]) => unknown)(...args);
}

/** The function whose source tells the parameters: the `async function` inside an `async_def`
 * (or what a `functools` wrapper wraps). */
function sourceOf(f: Function): Function {
  const inner = (f as unknown as Record<symbol, unknown>)[Symbol.for("asyncio-ts.source")];
  return typeof inner === "function" ? inner : f;
}

interface Parameters {
  names: string[];
  rest: boolean;
  /** Parameters without a default (by position). */
  required: boolean[];
}

const parsed = new WeakMap<Function, Parameters | null>();

/** The parameter names of a JS function as emitted (`rest`: a `...rest` parameter follows), or
 * null when its source does not tell (a builtin). */
function parameters(f: Function): Parameters | null {
  const src = sourceOf(f);
  if (!parsed.has(src)) parsed.set(src, parseParameters(Function.prototype.toString.call(src)));
  return parsed.get(src) ?? null;
}

function parseParameters(text: string): Parameters | null {
  let src = text;
  if (src.includes("[native code]")) return null;
  if (/^class[\s{]/.test(src)) {
    const at = src.search(/\bconstructor\s*\(/);
    if (at < 0) return { names: [], rest: true, required: [] };
    src = src.slice(at);
  }
  const arrow = /^(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(src);
  if (arrow) return { names: [arrow[1]], rest: false, required: [true] };
  const open = src.indexOf("(");
  if (open < 0) return null;
  const parts: string[] = [];
  let depth = 0;
  let cur = "";
  let quote = "";
  for (let i = open + 1; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      cur += c;
      if (c === "\\") cur += src[++i];
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    if ("([{".includes(c)) depth++;
    if (")]}".includes(c)) {
      if (depth === 0) break;
      depth--;
    }
    if (c === "," && depth === 0) {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  if (cur.trim()) parts.push(cur);
  const names: string[] = [];
  const required: boolean[] = [];
  for (const p of parts) {
    const t = p.trim();
    if (t.startsWith("...")) return { names, rest: true, required };
    const name = /^[A-Za-z_$][\w$]*/.exec(t)?.[0] ?? "";
    names.push(name);
    required.push(name !== "" && !t.includes("="));
  }
  return { names, rest: false, required };
}

function nameOf(f: unknown): string {
  return String((f as { __name__?: unknown }).__name__ ?? (f as Function).name);
}

/**
 * The JS arguments for calling emitted function `f` with Python positional arguments and
 * keywords: keywords naming `f`'s parameters go to their positions (a plain `function f(a, b)`
 * cannot take a keywords object); the rest, for a function with a rest parameter or one whose
 * source does not tell (the runtime's), stay a trailing keywords object.
 */
export function mapKeywords(f: unknown, args: unknown[], kw: Record<string, unknown>): unknown[] {
  const names = Object.keys(kw);
  if (names.length === 0) return args;
  const params = typeof f === "function" ? parameters(f) : null;
  if (params === null) return [...args, kw];
  const out = [...args];
  const rest: Record<string, unknown> = {};
  for (const k of names) {
    // The transpiler adds `_` to JS reserved words; a bundler may add digits to a parameter that
    // shadows a module-level name (`name` → `name2`).
    let at = params.names.indexOf(k);
    if (at < 0) at = params.names.indexOf(`${k}_`);
    if (at < 0) at = params.names.findIndex((n) => n.replace(/_?\d+$/, "") === k);
    if (at < 0) {
      if (params.rest) {
        rest[k] = kw[k];
        continue;
      }
      throw new TypeError(`${nameOf(f)}() got an unexpected keyword argument '${k}'`);
    }
    if (at < args.length) {
      throw new TypeError(`${nameOf(f)}() got multiple values for argument '${k}'`);
    }
    while (out.length < at) out.push(undefined);
    out[at] = kw[k];
  }
  if (Object.keys(rest).length) {
    while (out.length < params.names.length) out.push(undefined);
    out.push(rest);
  }
  return out;
}

/** `f(*args, **kwargs)` for a callee of unknown signature (`py.callKw(f, [...args], kw)`):
 * keywords are placed by `mapKeywords`; `kw` may be a dict. */
export function callKw(f: unknown, args: unknown[], kw: unknown): any {
  const named =
    kw instanceof Map
      ? Object.fromEntries(kw as Map<string, unknown>)
      : ((kw ?? {}) as Record<string, unknown>);
  const placed = mapKeywords(f, args, named);
  // The program's own functions: the runtime's JS signatures do not mark Python's optional ones.
  if (typeof f === "function" && !runtimeFunction(f)) checkRequired(f, placed);
  return call(f, ...placed);
}

const runtimeFunctions = new WeakSet<Function>();

/** Records the runtime's exports (and the functions of its module objects, `asyncio.sleep`):
 * their JS signatures do not mark which parameters Python lets a caller leave out. */
export function registerRuntimeFunctions(exports: Record<string, unknown>): void {
  for (const value of Object.values(exports)) {
    if (typeof value === "function") runtimeFunctions.add(value);
    else if (typeof value === "object" && value !== null) {
      for (const member of Object.values(value)) {
        if (typeof member === "function") runtimeFunctions.add(member);
      }
    }
  }
}

function runtimeFunction(f: Function): boolean {
  return runtimeFunctions.has(f) || isRuntimeDefined(f) || Object.hasOwn(f, "__instancecheck__");
}

/** CPython's TypeError for required parameters a call left out (a JS call would pass undefined). */
function checkRequired(f: Function, placed: unknown[]): void {
  const params = parameters(f);
  if (params === null) return;
  const missing = params.names
    .map((n) => n.replace(/_$/, ""))
    .filter((_, i) => params.required[i] && (i >= placed.length || placed[i] === undefined));
  if (missing.length === 0) return;
  const quoted = missing.map((n) => `'${n}'`);
  const list =
    quoted.length === 1
      ? quoted[0]
      : quoted.length === 2
        ? `${quoted[0]} and ${quoted[1]}`
        : `${quoted.slice(0, -1).join(", ")}, and ${quoted.at(-1)}`;
  const s = missing.length === 1 ? "" : "s";
  throw new TypeError(
    `${nameOf(f)}() missing ${missing.length} required positional argument${s}: ${list}`,
  );
}
