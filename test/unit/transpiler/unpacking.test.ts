// Unpacking with a starred target before other targets (`first, *middle, last = xs`): JS rest
// elements must come last, so the tail is split off the rest array. Outputs recorded with python3.
import { describe, expect, it } from "vitest";
import { body, output } from "./helpers.js";

describe("starred target in the middle", () => {
  const src = [
    'first, *middle, last = "abcde"',
    "a, *m, b, c = [1, 2, 3]",
    "print(first, middle, last, a, m, b, c)",
    "",
  ].join("\n");

  it("destructures the head and splices the tail off the rest", () => {
    expect(body(src)).toMatchInlineSnapshot(`
      "const [first, ...middle] = py.iter("abcde");
      const [last] = middle.splice(-1);
      const [a, ...m] = [1, 2, 3];
      const [b, c] = m.splice(-2);
      print(first, middle, last, a, m, b, c);
      "
    `);
  });

  it("prints what CPython prints", async () => {
    expect(await output(src)).toBe("a ['b', 'c', 'd'] e 1 [] 2 3\n");
  });
});
