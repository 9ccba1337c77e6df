// Differential check of syntaxErrors() on 400 random one-token mutations of examples/*.py, each
// with CPython 3.11's first SyntaxError recorded by gen-cases.py (mutations.json). The rules are
// heuristics over Lezer's tree, so a small, listed remainder may disagree; the bound only shrinks.

import { readFileSync } from "node:fs";
import { parser } from "@lezer/python";
import { expect, it } from "vitest";
import { syntaxErrors } from "../../../transpiler/syntax-errors.js";

interface Mutation {
  source: string;
  error: { kind: string; msg: string; lineno: number; offset: number };
}

/** Mismatches allowed out of 400 (none today; a new rule that breaks one shows it here). */
const ALLOWED = 0;

const mutations: Mutation[] = JSON.parse(
  readFileSync(new URL("./mutations.json", import.meta.url), "utf8"),
);

it(`agrees with CPython on all but at most ${ALLOWED} of ${mutations.length} mutated programs`, () => {
  const differences: string[] = [];
  for (const m of mutations) {
    const [d] = syntaxErrors(m.source, parser.parse(m.source));
    const got = d ? `${d.kind}: ${d.message} @${d.start.line}:${d.start.column}` : "no error";
    const want = `${m.error.kind}: ${m.error.msg} @${m.error.lineno}:${m.error.offset}`;
    if (got !== want) {
      const line = m.source.split("\n")[m.error.lineno - 1] ?? "";
      differences.push(`${JSON.stringify(line)}\n  CPython: ${want}\n  ours:    ${got}`);
    }
  }
  expect(differences.length, differences.join("\n")).toBeLessThanOrEqual(ALLOWED);
});
