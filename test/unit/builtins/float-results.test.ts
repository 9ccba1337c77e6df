// Float in, float out: numeric builtins and `py.*` operators keep float-ness of PyFloat boxes
// (an integral float result prints as `1.0`). Expected reprs recorded from CPython 3.11.7.

import { describe, expect, it } from "vitest";
import {
  abs,
  asFloat,
  divmod,
  float,
  isinstance,
  py,
  repr,
  round,
  sum,
} from "../../../runtime/builtins/index.js";

const F = asFloat;

/** [Python expression, runtime call, CPython's repr of the result]. */
const cases: [string, () => unknown, string][] = [
  ["round(0.0, 2)", () => round(F(0), 2), "0.0"],
  ["round(1.0, 2)", () => round(F(1), 2), "1.0"],
  ["round(2.5, 0)", () => round(2.5, 0), "2.0"],
  ["round(7, 1)", () => round(7, 1), "7"],
  ["round(2.5)", () => round(2.5), "2"],
  ["sum([0.0, 1])", () => sum([F(0), 1]), "1.0"],
  ["sum([1, 2])", () => sum([1, 2]), "3"],
  ["sum([0.5, 0.5])", () => sum([0.5, 0.5]), "1.0"],
  ["sum([1, 2], 0.0)", () => sum([1, 2], F(0)), "3.0"],
  ["1.0 + 1", () => py.add(F(1), 1), "2.0"],
  ["0.5 + 0.5", () => py.add(0.5, 0.5), "1.0"],
  ["1 + 1", () => py.add(1, 1), "2"],
  ["3.0 - 1", () => py.sub(F(3), 1), "2.0"],
  ["2.0 * 3", () => py.mul(F(2), 3), "6.0"],
  ["2 * 3", () => py.mul(2, 3), "6"],
  ["4 / 2", () => py.truediv(4, 2), "2.0"],
  ["7.0 // 2", () => py.floordiv(F(7), 2), "3.0"],
  ["7 // 2", () => py.floordiv(7, 2), "3"],
  ["7.0 % 2", () => py.mod(F(7), 2), "1.0"],
  ["2.0 ** 2", () => py.pow(F(2), 2), "4.0"],
  ["1 ** -1", () => py.pow(1, -1), "1.0"],
  ["2 ** 3", () => py.pow(2, 3), "8"],
  ["-(1.0)", () => py.neg(F(1)), "-1.0"],
  ["abs(-2.0)", () => abs(F(-2)), "2.0"],
  ["divmod(7.0, 2)", () => divmod(F(7), 2), "(3.0, 1.0)"],
  ["divmod(7, 2)", () => divmod(7, 2), "(3, 1)"],
  ["float(5)", () => float(5), "5.0"],
  ["float('2')", () => float("2"), "2.0"],
  ["float(5) * 2", () => py.mul(float(5), 2), "10.0"],
  [
    "float(5) / 0",
    () => {
      try {
        return py.truediv(float(5), 0);
      } catch (e) {
        return e;
      }
    },
    "ZeroDivisionError('float division by zero')",
  ],
  ["isinstance(float(1), float)", () => isinstance(float(1), float), "True"],
];

describe("float-ness of numeric results", () => {
  for (const [python, run, expected] of cases) {
    it(python, () => {
      expect(repr(run())).toBe(expected);
    });
  }
});
