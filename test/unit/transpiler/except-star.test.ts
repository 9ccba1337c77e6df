// `except*` clauses become one catch that hands the caught value to py.exceptStar; what such
// programs print is checked against CPython in test/conformance/programs/except_star*.py.
import { describe, expect, it } from "vitest";
import { body } from "./helpers.js";

describe("except*", () => {
  it("emits a clause per type, collecting what the clause raises, then group.end()", () => {
    const src = [
      "try:",
      "    work()",
      "except* ValueError as eg:",
      "    print(eg.exceptions)",
      "except* (TypeError, KeyError):",
      "    raise",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "try {
        work();
      } catch (e) {
        const group = py.exceptStar(e);
        if (group.matches(ValueError)) {
          try {
            const eg = group.matched;
            print(eg.exceptions);
          } catch (raised) {
            group.raised(raised);
          }
        }
        if (group.matches(TypeError, KeyError)) {
          try {
            throw group.matched;
          } catch (raised) {
            group.raised(raised);
          }
        }
        group.end();
      }
      "
    `);
  });
});
