// math: functions and constants against CPython 3.11.

import { describe, expect, it } from "vitest";
import { floatRepr } from "../../../runtime/builtins/index.js";
import * as math from "../../../runtime/stdlib/math.js";
import { dec, expected, observe } from "./decode.js";
import { fixtures } from "./fixtures.js";

describe("math functions", () => {
  it.each(
    fixtures.math.calls.map(
      (c) => [`${c.fn}(${c.args.map((a) => JSON.stringify(a)).join(", ")})`, c] as const,
    ),
  )("%s", (_name, c) => {
    const fn = (math as unknown as Record<string, (...a: unknown[]) => unknown>)[c.fn]!;
    expect(observe(() => fn(...c.args.map(dec)), c)).toBe(expected(c));
  });
});

describe("math constants", () => {
  it.each(Object.entries(fixtures.math.constants))("%s", (name, text) => {
    expect(floatRepr((math as unknown as Record<string, number>)[name]!)).toBe(text);
  });
});
