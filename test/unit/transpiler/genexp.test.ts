// Generator expressions are lazy, as in Python: `any(...)`/`all(...)`/`next(...)` stop early and a
// stored one is a generator object; a consumer that takes everything at once (`sum`, `sorted`,
// `join`, a `*` spread) gets an array. Outputs recorded with python3.
import { describe, expect, it } from "vitest";
import { body, output } from "./helpers.js";

const src = [
  "def check(x):",
  '    print("check", x)',
  "    return x > 1",
  "",
  "print(any(check(x) for x in range(5)))",
  "print(next(x for x in range(10) if check(x)))",
  "g = (x * 2 for x in range(3))",
  "print(type(g).__name__, next(g), list(g), sum(x for x in range(4)))",
  "",
].join("\n");

describe("generator expressions", () => {
  it("are JS generators unless the consumer takes everything", () => {
    expect(body(src)).toMatchInlineSnapshot(`
      "function check(x: number) {
        print("check", x);
        return x > 1;
      }

      print(any((function* () { for (const x of range(5)) yield check(x); })()));
      print(next((function* () {
        for (const x of range(10)) {
          if (check(x)) {
            yield x;
          }
        }
      })()));
      const g = (function* () { for (const x of range(3)) yield x * 2; })();
      print(type(g).__name__, next(g), list(g), sum(Array.from(range(4))));
      "
    `);
  });

  it("print what CPython prints", async () => {
    expect(await output(src)).toBe(
      "check 0\ncheck 1\ncheck 2\nTrue\ncheck 0\ncheck 1\ncheck 2\n2\ngenerator 0 [2, 4] 6\n",
    );
  });
});

describe("a generator expression in a method", () => {
  const src = [
    "class Bag:",
    "    def __init__(self, xs):",
    "        self.xs = xs",
    "",
    "    def big(self):",
    "        return (x for x in self.xs if x > 2)",
    "",
    "print(list(Bag([1, 3, 5]).big()))",
    "",
  ].join("\n");

  it("runs with the method's this", async () => {
    expect(body(src)).toContain("}).call(this);");
    expect(await output(src)).toBe("[3, 5]\n");
  });
});
