// Python call arguments → JavaScript arguments for a callee whose signature the transpiler can see:
// keywords become positions; keywords JS cannot place become one trailing plain object (contract §1).
import type { Arg, Param } from "./ast.js";

/** How a `def` signature is emitted: plain JS params, or (with `*args`, keyword-only params or
 * `**kwargs`) a rest param that `splitKwargs` divides into positional and keyword arguments. */
export function signatureMode(params: Param[]): "simple" | "rest" {
  return params.some((p) => p.type !== "normal") ? "rest" : "simple";
}

/** A call mapped onto a signature. `null` positional entries are holes (`undefined`). */
export interface MappedCall {
  positional: (Arg | null)[];
  /** Keyword arguments passed as a trailing plain object. */
  keywords: Arg[];
}

/** Maps a call's arguments onto a visible signature (self already dropped); null when the call
 * spreads `*xs`/`**kw` and so cannot be placed at compile time. */
export function mapCall(params: Param[], args: Arg[]): MappedCall | null {
  if (args.some((a) => a.type === "star" || a.type === "doublestar")) return null;
  const mode = signatureMode(params);
  const slotsParams = params.filter(
    (p) => p.type === "normal" || (mode === "simple" && p.type === "kwonly"),
  );
  const positional: (Arg | null)[] = [];
  const keywords: Arg[] = [];
  for (const a of args) if (a.type === "positional") positional.push(a);
  for (const a of args) {
    if (a.type !== "keyword") continue;
    const at = slotsParams.findIndex((p) => p.name === a.name);
    if (at < 0) {
      keywords.push(a);
      continue;
    }
    while (positional.length <= at) positional.push(null);
    positional[at] = a;
  }
  if (keywords.length && mode === "rest") {
    const normal = params.filter((p) => p.type === "normal").length;
    while (positional.length < normal) positional.push(null);
  }
  return { positional, keywords };
}
