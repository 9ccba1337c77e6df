// Reads that may find a name unbound are checked, and only those: CPython's NameError /
// UnboundLocalError instead of JS's `undefined`. What such programs print is checked against
// CPython in test/conformance/programs/unbound_names.py.
import { describe, expect, it } from "vitest";
import { body } from "./helpers.js";

describe("unbound names", () => {
  it("leaves names bound on every path alone", () => {
    const src = [
      "def f(flag):",
      "    if flag:",
      "        v = 1",
      "    else:",
      "        v = 2",
      "    try:",
      "        w = v",
      "    except ValueError:",
      "        return 0",
      "    return v + w",
      "",
    ].join("\n");
    expect(body(src)).not.toContain("py.bound");
    expect(body(src)).not.toContain("py.unbound");
  });

  it("checks the reads after a branch that may not have run, and no others", () => {
    const src = [
      "def f(flag):",
      "    if flag:",
      "        v = 1",
      "        print(v)",
      "    return v",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "function f(flag) {
        let v = py.unbound;
        if (py.truthy(flag)) {
          v = 1;
          print(v);
        }
        return py.bound(v, "v", "local");
      }
      "
    `);
  });

  it("unbinds on del, and checks later reads in the scope and in closures", () => {
    const src = ["x = 1", "show = lambda: x", "del x", "print(x, show())", ""].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "let x = py.unbound;
      x = 1;
      const show = () => py.bound(x, "x", "global");
      x = py.del(x, "x", "global");
      print(py.bound(x, "x", "global"), show());
      "
    `);
  });

  it("treats the main guard as always taken", () => {
    const src = ['if __name__ == "__main__":', "    result = 1", "print(result)", ""].join("\n");
    expect(body(src)).not.toContain("py.bound");
  });

  it("treats a with suppress(...) body as possibly cut short", () => {
    const src = [
      "from contextlib import suppress",
      "with suppress(KeyError):",
      "    v = {}['k']",
      "print(v)",
      "",
    ].join("\n");
    expect(body(src)).toContain('py.bound(v, "v", "global")');
  });
});
