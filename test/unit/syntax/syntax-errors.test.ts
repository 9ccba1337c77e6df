// Checks syntaxErrors() against CPython 3.11's SyntaxErrors recorded in cases.json (gen-cases.py).

import { readFileSync } from "node:fs";
import { parser } from "@lezer/python";
import { describe, expect, it } from "vitest";
import { syntaxErrors } from "../../../transpiler/syntax-errors.js";

interface Case {
  source: string;
  error: {
    kind: string;
    msg: string;
    lineno: number;
    offset: number;
    end_lineno: number | null;
    end_offset: number | null;
  } | null;
}

const cases: Case[] = JSON.parse(readFileSync(new URL("./cases.json", import.meta.url), "utf8"));

const title = (c: Case): string => {
  const text = c.source.trimEnd().replace(/\n/g, "⏎");
  return `${text.length > 60 ? `${text.slice(0, 57)}...` : text} → ${c.error ? c.error.msg : "compiles"}`;
};

describe("syntaxErrors matches CPython 3.11", () => {
  it.each(cases.map((c) => [title(c), c] as const))("%s", (_name, c) => {
    const found = syntaxErrors(c.source, parser.parse(c.source));
    if (!c.error) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    const [d] = found;
    expect({
      kind: d?.kind,
      message: d?.message,
      line: d?.start.line,
      column: d?.start.column,
    }).toEqual({
      kind: c.error.kind,
      message: c.error.msg,
      line: c.error.lineno,
      column: c.error.offset,
    });
    expect(d?.severity).toBe("error");
  });
});
