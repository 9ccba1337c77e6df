// Expressions: operators with Python semantics, comparisons, truthiness, literals, f-strings.
import { describe, expect, it } from "vitest";
import { body, output } from "./helpers.js";

describe("operators", () => {
  it("uses plain JS for known numbers and helpers otherwise", () => {
    expect(
      body(
        "a = 1\nb = 2.5\nprint(a + b, a * 2, a - b, a / b, a // 2, a % 3, a ** 2)\ndef f(x, y):\n    return x + y\n",
      ),
    ).toMatchInlineSnapshot(`
      "const a = 1;
      const b = 2.5;
      print(
        asFloat(a + b),
        a * 2,
        asFloat(a - b),
        asFloat(py.truediv(a, b)),
        Math.floor(a / 2),
        py.mod(a, 3),
        py.pow(a, 2),
      );

      function f(x, y) {
        return py.add(x, y);
      }
      "
    `);
  });

  it("keeps Python's division, modulo and power", async () => {
    expect(await output("print(7 // 2, -7 // 2, -7 % 3, 2 ** 10, 7 / 2, 6 / 3)\n")).toBe(
      "3 -4 2 1024 3.5 2.0\n",
    );
  });

  it("chains comparisons and uses null checks for None", () => {
    expect(
      body(
        "def f(a, b, c):\n    return a < b < c, a is None, b is not None, a in c, b not in c, a == b\n",
      ),
    ).toMatchInlineSnapshot(`
      "function f(a, b, c) {
        return tuple([
          py.lt(a, b) && py.lt(b, c),
          a == null,
          b != null,
          py.contains(c, a),
          !py.contains(c, b),
          py.eq(a, b),
        ]);
      }
      "
    `);
  });

  it("evaluates a chained comparison's middle operand once", async () => {
    const src = "def g():\n    print('g')\n    return 2\nprint(1 < g() < 3)\n";
    expect(await output(src)).toBe("g\nTrue\n");
  });

  it("compares bools and numbers as Python does", async () => {
    const src = "t = True\nn = 1\nprint(t == n, t == 1, 1 == 1.0, 'a' == 'a', n != 2)\n";
    expect(await output(src)).toBe("True True True True True\n");
  });

  it("gives and/or Python's value semantics", async () => {
    const src = "x = []\ny = x or 'default'\nprint(y, 0 or None, 'a' and 'b', [] and 1)\n";
    expect(await output(src)).toBe("default None b []\n");
  });

  it("tests containers with py.truthy", () => {
    expect(
      body("def f(xs, n: int):\n    if xs and n:\n        return not xs\n"),
    ).toMatchInlineSnapshot(`
      "function f(xs, n: number) {
        if (py.truthy(xs) && py.truthy(n)) {
          return !py.truthy(xs);
        }
      }
      "
    `);
  });

  it("emits conditional expressions and lambdas", async () => {
    const src = "f = lambda x, y=2: x * y\nprint(f(3), 'big' if f(3) > 5 else 'small')\n";
    expect(body(src)).toMatchInlineSnapshot(`
      "const f = (x, y = 2) => py.mul(x, y);
      print(f(3), py.gt(f(3), 5) ? "big" : "small");
      "
    `);
    expect(await output(src)).toBe("6 big\n");
  });
});

describe("literals", () => {
  it("emits tuples, lists, dicts and sets", async () => {
    const src =
      "t = (1, 'a')\nl = [1, 2]\nd = {'id': 1, 'name': 'x'}\ne = {1: 'a', 2: 'b'}\ns = {3}\nprint(t, l, d, e, s, (), {})\n";
    expect(body(src)).toMatchInlineSnapshot(`
      "const t = tuple([1, "a"]);
      const l = [1, 2];
      const d = dict({ id: 1, name: "x" });
      const e = dict([[1, "a"], [2, "b"]]);
      const s = set([3]);
      print(t, l, d, e, s, tuple(), dict());
      "
    `);
    expect(await output(src)).toBe(
      "(1, 'a') [1, 2] {'id': 1, 'name': 'x'} {1: 'a', 2: 'b'} {3} () {}\n",
    );
  });

  it("decodes all string forms", async () => {
    const src = [
      "a = 'it\\'s'",
      'b = "tab\\there"',
      "c = r'raw\\n'",
      'd = """triple\nline"""',
      "e = 'implicit' ' concat'",
      "print(a, b, c, d, e)",
      "",
    ].join("\n");
    expect(await output(src)).toBe("it's tab\there raw\\n triple\nline implicit concat\n");
  });

  it("boxes integral floats where they become text", async () => {
    const src = "x = 1.0\ny = 3 / 1\nprint(x, y, [2.0], str(x), f'{x}')\n";
    expect(body(src)).toMatchInlineSnapshot(`
      "const x = 1.0;
      const y = 3 / 1;
      print(asFloat(x), asFloat(y), [asFloat(2.0)], str(asFloat(x)), \`\${str(asFloat(x))}\`);
      "
    `);
    expect(await output(src)).toBe("1.0 3.0 [2.0] 1.0 1.0\n");
  });
});

describe("element types", () => {
  it("knows the floats in lists, loops and comprehensions", async () => {
    const src = [
      "delays = [1.0, 2.0]",
      "for d in delays:",
      "    print(d, d * 2)",
      "times = []",
      "for i in range(2):",
      "    times.append(i / 1)",
      "print(delays[0], [x + 1 for x in delays], times[1])",
      "for name, value in [('a', 3.0)]:",
      "    print(name, value)",
      "",
    ].join("\n");
    expect(await output(src)).toBe("1.0 2.0\n2.0 4.0\n1.0 [2.0, 3.0] 1.0\na 3.0\n");
  });

  it("forgets them when another function may change the list", () => {
    const src =
      "def fill(xs):\n    xs.append('s')\nints = [1, 2]\nfill(ints)\nfor v in ints:\n    print(v + v)\n";
    expect(body(src)).toContain("py.add(v, v)");
  });
});

describe("f-strings", () => {
  it("turns fields into str/repr/format calls", () => {
    expect(
      body("n = 3\nname = 'x'\nprint(f'{name} has {n} {n!r} {n:>5} {n:.{n}f} {{literal}}')\n"),
    ).toMatchInlineSnapshot(`
      "const n = 3;
      const name = "x";
      print(\`\${name} has \${n} \${repr(n)} \${format(n, ">5")} \${format(n, \`.\${n}f\`)} {literal}\`);
      "
    `);
  });

  it("prints like CPython", async () => {
    const src =
      "x = 3.14159\nw = 8\nname = 'ab'\nprint(f'{x:.2f}|{name!r}|{x:>{w}.1f}|{w=}|{\"q\"}')\n";
    expect(await output(src)).toBe("3.14|'ab'|     3.1|w=8|q\n");
  });

  it("supports % formatting", async () => {
    expect(await output("print('%s is %d years, %.1f' % ('Al', 30, 2.0))\n")).toBe(
      "Al is 30 years, 2.0\n",
    );
  });
});

describe("subscripts", () => {
  it("uses py.getitem and py.slice", async () => {
    const src =
      "xs = [1, 2, 3, 4]\nd = {'k': 5}\nprint(xs[-1], xs[1:3], xs[::-1], d['k'], 'abc'[0])\n";
    expect(body(src)).toMatchInlineSnapshot(`
      "const xs = [1, 2, 3, 4];
      const d = dict({ k: 5 });
      print(
        py.getitem(xs, -1),
        py.slice(xs, 1, 3),
        py.slice(xs, null, null, -1),
        py.getitem(d, "k"),
        py.getitem("abc", 0),
      );
      "
    `);
    expect(await output(src)).toBe("4 [2, 3] [4, 3, 2, 1] 5 a\n");
  });
});

describe("comprehensions", () => {
  it("emits Array.from for simple ones", async () => {
    const src =
      "xs = [x * 2 for x in range(4) if x != 2]\nd = {k: v for k, v in [('a', 1)]}\ns = {c for c in 'aab'}\nprint(xs, d, len(s), sum(x for x in range(5)))\n";
    expect(body(src)).toMatchInlineSnapshot(`
      "const xs = Array.from(range(4)).filter((x) => x !== 2).map((x) => x * 2);
      const d = dict(Array.from([tuple(["a", 1])], ([k, v]) => [k, v]));
      const s = set(Array.from("aab"));
      print(xs, d, len(s), sum(Array.from(range(5))));
      "
    `);
    expect(await output(src)).toBe("[0, 2, 6] {'a': 1} 2 10\n");
  });

  it("supports nested and async comprehensions", async () => {
    const src = [
      "import asyncio",
      "async def agen():",
      "    for i in range(3):",
      "        yield i",
      "async def main():",
      "    pairs = [(a, b) for a in range(2) for b in range(2) if a != b]",
      "    got = [x async for x in agen() if x > 0]",
      "    print(pairs, got)",
      "asyncio.run(main())",
      "",
    ].join("\n");
    expect(await output(src)).toBe("[(0, 1), (1, 0)] [1, 2]\n");
  });
});
