// `not` binds tighter than `and`/`or` (Lezer's grammar parses `not a and b` as `not (a and b)`;
// the builder parses the chain again). Outputs recorded with python3.
import { describe, expect, it } from "vitest";
import { body, output } from "./helpers.js";

describe("not with and/or", () => {
  it("negates only the operand next to it", () => {
    const src = [
      "def f(a, b, c):",
      "    return not a and b, a and not b or c, not a or b and c, not (a and b)",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "function f(a, b, c) {
        let t;
        return tuple([
          !py.truthy(a) && b,
          py.truthy(t = py.truthy(a) ? !py.truthy(b) : a) ? t : c,
          !py.truthy(a) || (py.truthy(b) ? c : b),
          !(py.truthy(a) && py.truthy(b)),
        ]);
      }
      "
    `);
  });

  it("prints what CPython prints", async () => {
    const src = [
      "for a, b in [(False, 0), (True, 0), (False, 5)]:",
      "    print(not a and b < 1, a or not b and a, not not a and b)",
      "",
    ].join("\n");
    expect(await output(src)).toBe("True False False\nFalse True 0\nFalse False False\n");
  });
});
