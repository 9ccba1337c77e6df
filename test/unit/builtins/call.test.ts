// `py.call`: a callee that may be a class is instantiated; functions are called. Expected reprs as
// CPython 3.11.7 prints them for `exc = ValueError; exc("bad")` and `f = max; f(1, 3)`.

import { expect, test } from "vitest";
import { max, py, repr, ValueError } from "../../../runtime/builtins/index.js";

test("py.call instantiates classes and calls functions", () => {
  const e = py.call(ValueError, "bad");
  expect(e).toBeInstanceOf(ValueError);
  expect(repr(e)).toBe("ValueError('bad')");
  expect(py.call(max, 1, 3)).toBe(3);
  class Point {
    constructor(
      readonly x: number,
      readonly y: number,
    ) {}
  }
  expect(py.call(Point, 1, 2)).toEqual(new Point(1, 2));
  expect(py.call((a: number) => a + 1, 1)).toBe(2);
});
