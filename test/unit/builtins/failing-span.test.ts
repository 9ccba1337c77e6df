// Carets under the innermost frame when only the line is known: the division of a
// ZeroDivisionError, the subscript of a KeyError/IndexError. Expected marker lines: CPython 3.11.7's
// tracebacks of each line inside `async def f(d, xs, a, b, key)` (d={"a": 1}, xs=[1, 2], b=0, key="z").

import { describe, expect, it } from "vitest";
import { caretLine } from "../../../runtime/builtins/carets.js";
import { failingSpan } from "../../../runtime/builtins/failing-span.js";

/** [source line (stripped), exception, KeyError key repr or attribute name, CPython's marker line]. */
const cases: [string, string, string | undefined, string][] = [
  ["return a / b", "ZeroDivisionError", undefined, "       ~~^~~"],
  ["x = a // b + 1", "ZeroDivisionError", undefined, "    ~~^^~~"],
  ["print(-a % b)", "ZeroDivisionError", undefined, "      ~~~^~~"],
  ["y = (a + 1) / (b * 2)", "ZeroDivisionError", undefined, "    ~~~~~~~~^~~~~~~~~"],
  ["return d[key]", "KeyError", "'z'", "       ~^^^^^"],
  ['v = d["a"] + d[key]', "KeyError", "'z'", "             ~^^^^^"],
  ["print(xs[5])", "IndexError", undefined, "      ~~^^^"],
  ['z = {"q": 2}[key]', "KeyError", "'z'", "    ~~~~~~~~^^^^^"],
  ["return a * 2 / b", "ZeroDivisionError", undefined, "       ~~~~~~^~~"],
  ["t = xs[a] + 1", "IndexError", undefined, "    ~~^^^"],
  ['u = d.get("a") / b', "ZeroDivisionError", undefined, "    ~~~~~~~~~~~^~~"],
  ["q = 1 + a ** 2 / b", "ZeroDivisionError", undefined, "        ~~~~~~~^~~"],
  ["print(x.get(1))", "AttributeError", "get", "      ^^^^^"],
];

describe("failingSpan", () => {
  for (const [line, exc, key, marks] of cases) {
    it(`${exc} on ${line}`, () => {
      const source = `    ${line}`;
      const span = failingSpan(source, exc, key);
      expect(span).not.toBeNull();
      expect(caretLine(source, span![0], span![1])).toBe(`    ${marks}`);
    });
  }

  it("marks nothing on a raise statement or for other exceptions", () => {
    expect(failingSpan("    raise KeyError(d[k])", "KeyError")).toBeNull();
    expect(failingSpan("    x = a / b", "ValueError")).toBeNull();
  });
});
