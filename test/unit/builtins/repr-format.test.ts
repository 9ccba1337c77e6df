// repr(), str() and format() against CPython 3.11's recorded answers.

import { describe, expect, it } from "vitest";
import { format, py, repr, toStr, tuple } from "../../../runtime/builtins/index.js";
import { dec, observe, recorded } from "./decode.js";
import { fixtures } from "./fixtures.js";

describe("repr and str", () => {
  it.each(fixtures.repr.map((c) => [c.repr, c] as const))("%s", (_name, c) => {
    const value = dec(c.value);
    expect(repr(value)).toBe(c.repr);
    expect(toStr(value)).toBe(c.str);
  });
});

describe("format(value, spec)", () => {
  it.each(
    fixtures.format.map(
      (c) => [`${JSON.stringify(c.value)} ${JSON.stringify(c.spec)}`, c] as const,
    ),
  )("%s", (_name, c) => {
    expect(observe(() => format(dec(c.value), c.spec), { ok: { t: "str", v: "" } })).toBe(
      recorded(c),
    );
  });
});

describe("format(value, spec) on random specs", () => {
  it("matches CPython on every recorded pair", () => {
    const mismatches = fixtures.format_fuzz
      .map((c) => ({
        c,
        got: observe(() => format(dec(c.value), c.spec), { ok: { t: "str", v: "" } }),
      }))
      .filter(({ c, got }) => got !== recorded(c))
      .map(
        ({ c, got }) =>
          `${JSON.stringify(c.value)} ${JSON.stringify(c.spec)}: ${got} != ${recorded(c)}`,
      );
    expect(mismatches).toEqual([]);
  });
});

describe("%-formatting on random conversions", () => {
  it("matches CPython on every recorded conversion", () => {
    const mismatches = fixtures.percent_fuzz
      .map((c) => ({
        c,
        got: observe(() => py.percent(c.fmt, tuple([dec(c.value)])), { ok: { t: "str", v: "" } }),
      }))
      .filter(({ c, got }) => got !== recorded(c))
      .map(({ c, got }) => `${c.fmt} % ${JSON.stringify(c.value)}: ${got} != ${recorded(c)}`);
    expect(mismatches).toEqual([]);
  });
});
