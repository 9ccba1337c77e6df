// How a loop callback prints in `<Handle …>` and "Exception in callback …": its qualified name and
// ` at FILE:LINE` of its definition. Mirrors _format_callback_source in Lib/asyncio/format_helpers.py.
import { boundMethodOf } from "../builtins/bound.js";

/** Source lookups installed by runtime/program.ts (null when the program's source is unknown). */
export const callbackSources = {
  /** Qualified name and `FILE:LINE` of a Python function, from its name or the stack it was scheduled from. */
  lookup: (
    _fn: Function,
    _site: string | undefined,
  ): { qualname: string; at: string | null } | null => null,
};

/** JS stacks where anonymous callbacks (lambdas) were scheduled with call_soon/call_later/call_at. */
const sites = new WeakMap<Function, Error>();

/** Records where an anonymous callback was scheduled (its line is the lambda's, as a rule). */
export function noteCallbackSite(fn: Function): void {
  if (fn.name === "" && !sites.has(fn)) sites.set(fn, new Error());
}

/** `main.<locals>.<lambda>() at prog.py:10`, `bad(1) at prog.py:2`, `K.m()`: CPython's text. */
export function formatCallback(fn: Function, args: string): string {
  const method = boundMethodOf(fn);
  if (method !== undefined) {
    const cls = (method.self as { constructor?: { __qualname__?: string; name?: string } })
      .constructor;
    const name = (method.fn as { __name__?: string }).__name__ ?? method.fn.name;
    return `${cls?.__qualname__ ?? cls?.name ?? "object"}.${name}(${args})`;
  }
  const found = callbackSources.lookup(fn, sites.get(fn)?.stack);
  const name =
    found?.qualname || (fn as { __qualname__?: string }).__qualname__ || fn.name || "<lambda>";
  return found?.at ? `${name}(${args}) at ${found.at}` : `${name}(${args})`;
}

/** The qualified name prefix of the scope a source line is in: `main.<locals>.`, `K.`, or "". */
export function enclosingQualname(pyLines: string[], index: number): string {
  const indentOf = (s: string) => s.length - s.trimStart().length;
  let limit = indentOf(pyLines[index] ?? "");
  const parts: string[] = [];
  for (let j = index - 1; j >= 0 && limit > 0; j--) {
    const line = pyLines[j]!;
    const text = line.trim();
    if (text === "" || text.startsWith("#")) continue;
    const indent = indentOf(line);
    if (indent >= limit) continue;
    limit = indent;
    const def = /^(?:async\s+)?def\s+(\w+)/.exec(text);
    const cls = /^class\s+(\w+)/.exec(text);
    if (def) parts.unshift(`${def[1]}.<locals>`);
    else if (cls) parts.unshift(cls[1]!);
  }
  return parts.map((p) => `${p}.`).join("");
}

/** The 0-based index of the one `def NAME` line (its first decorator line), or -1. */
export function definitionIndex(pyLines: string[], name: string): number {
  const re = new RegExp(`^\\s*(?:async\\s+)?def\\s+${name.replace(/\$/g, "\\$")}\\s*\\(`);
  const found: number[] = [];
  pyLines.forEach((l, i) => {
    if (re.test(l)) found.push(i);
  });
  if (found.length !== 1) return -1;
  let i = found[0]!;
  while (i > 0 && pyLines[i - 1]!.trim().startsWith("@")) i--;
  return i;
}
