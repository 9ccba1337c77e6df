// Binding call arguments to a signature known at run time (a dataclass's generated `__init__`, a
// namedtuple's `__new__`), with CPython's TypeError wording. Mirrors Python/ceval.c.

import { TypeError } from "../builtins/exceptions.js";
import { splitKwargs } from "../builtins/kwargs.js";

function quoted(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

/**
 * Binds `args` (positional, then a trailing keywords object) to `params`; `who` is how errors
 * name the function (`Job.__init__()`), `implicit` the count of parameters before them (`self`).
 * Returns the values given, by name (parameters with defaults may be absent).
 */
export function bindArguments(
  who: string,
  params: { name: string; optional: boolean; kwOnly?: boolean }[],
  args: unknown[],
  implicit: number,
): Map<string, unknown> {
  const [positional, kw] = splitKwargs(args);
  const slots = params.filter((p) => !p.kwOnly);
  const values = new Map<string, unknown>();
  for (const [i, v] of positional.slice(0, slots.length).entries()) values.set(slots[i].name, v);
  for (const [k, v] of Object.entries(kw)) {
    const p = params.find((f) => f.name === k);
    if (!p) throw new TypeError(`${who} got an unexpected keyword argument '${k}'`);
    if (values.has(k)) throw new TypeError(`${who} got multiple values for argument '${k}'`);
    values.set(k, v);
  }
  if (positional.length > slots.length) {
    const required = slots.filter((f) => !f.optional).length;
    const most = slots.length + implicit;
    const takes = required === slots.length ? `${most}` : `from ${required + implicit} to ${most}`;
    const plural = most === 1 ? "" : "s";
    const given = positional.length + implicit;
    const kwGiven = params.filter((p) => p.kwOnly && p.name in kw).length;
    const extra = kwGiven
      ? ` positional argument${given === 1 ? "" : "s"} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? "" : "s"})`
      : "";
    const verb = given === 1 && !kwGiven ? "was" : "were";
    throw new TypeError(
      `${who} takes ${takes} positional argument${plural} but ${given}${extra} ${verb} given`,
    );
  }
  for (const kwOnly of [false, true]) {
    const missing = params
      .filter((f) => !!f.kwOnly === kwOnly && !values.has(f.name) && !f.optional)
      .map((f) => f.name);
    if (missing.length) {
      const s = missing.length === 1 ? "" : "s";
      const kind = kwOnly ? "keyword-only" : "positional";
      throw new TypeError(
        `${who} missing ${missing.length} required ${kind} argument${s}: ${quoted(missing)}`,
      );
    }
  }
  return values;
}

/**
 * For an argument error raised while constructing `cls` from the runtime: the traceback ends at
 * the call (no frames of the JS constructors) and underlines it, as CPython's does.
 */
export function atCall(e: unknown, cls: Function): unknown {
  if (e === null || typeof e !== "object") return e;
  (Error as { captureStackTrace?: (e: object, f: Function) => void }).captureStackTrace?.(e, cls);
  Object.defineProperty(e, Symbol.for("asyncio-ts.call-underline"), {
    value: (cls as { __name__?: string }).__name__ ?? cls.name,
    configurable: true,
  });
  return e;
}
