// `mapKeywords` / `py.callKw`: keywords reaching a function at run time are placed by the
// parameter names in its JS source. Expected errors as CPython 3.11 words them.

import { describe, expect, it } from "vitest";
import { mapKeywords } from "../../../runtime/builtins/call.js";
import { int, py, TypeError } from "../../../runtime/builtins/index.js";

describe("mapKeywords", () => {
  it("places keywords on a plain signature, holes left for defaults", () => {
    function power(base: number, exponent = 2, mod: number | null = null) {
      return [base, exponent, mod];
    }
    expect(mapKeywords(power, [3], { mod: 5 })).toEqual([3, undefined, 5]);
    expect(py.callKw(power, [3], { mod: 5 })).toEqual([3, 2, 5]);
    expect(py.callKw(power, [], { exponent: 3, base: 2 })).toEqual([2, 3, null]);
  });

  it("keeps the keywords object for a rest parameter, placing the named ones", () => {
    function f(a: unknown, ...rest: unknown[]) {
      return [a, rest];
    }
    expect(mapKeywords(f, [], { a: 1, key: 2 })).toEqual([1, { key: 2 }]);
  });

  it("undoes a bundler's digits and the transpiler's `_` for reserved words", () => {
    const f = new Function("return function greet(name2, new_ = 1) { return [name2, new_]; }")();
    expect(py.callKw(f, [], { name: "a", new: 2 })).toEqual(["a", 2]);
  });

  it("reads a class's constructor, or passes keywords to one without", () => {
    class Point {
      constructor(
        readonly x: number,
        readonly y = 0,
      ) {}
    }
    class Bare {
      args: unknown[];
      constructor(...args: unknown[]) {
        this.args = args;
      }
    }
    expect(py.callKw(Point, [1], { y: 2 })).toEqual(new Point(1, 2));
    expect(py.callKw(Bare, [1], { k: 2 }).args).toEqual([1, { k: 2 }]);
  });

  it("raises CPython's TypeErrors", () => {
    function f(a: number, b = 1) {
      return a + b;
    }
    expect(() => mapKeywords(f, [], { c: 1 })).toThrow(TypeError);
    expect(() => mapKeywords(f, [], { c: 1 })).toThrow(
      "f() got an unexpected keyword argument 'c'",
    );
    expect(() => mapKeywords(f, [1], { a: 2 })).toThrow("f() got multiple values for argument 'a'");
  });

  it("calls builtin types rather than constructing them", () => {
    expect(py.callKw(int, ["7"], {})).toBe(7);
  });
});
