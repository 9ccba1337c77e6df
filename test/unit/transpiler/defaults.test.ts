// Parameter defaults with Python's semantics: evaluated once when the `def` runs (a list default
// is shared by every call), and float literals that keep printing as floats wherever they travel
// (defaults, arguments to user code, values stored in containers). Outputs recorded with python3.
import { describe, expect, it } from "vitest";
import { body, output } from "./helpers.js";

describe("defaults evaluated once", () => {
  const src = [
    "import time",
    "",
    "def f(a, acc=[]):",
    "    acc.append(a)",
    "    return acc",
    "",
    "class Box:",
    "    def __init__(self, items={}):",
    "        self.items = items",
    "",
    "def stamp(t=time.time()):",
    "    return t",
    "",
    "f(1)",
    "Box().items['k'] = 1",
    "time.sleep(2)",
    "print(f(2), Box().items, stamp() == stamp())",
    "",
  ].join("\n");

  it("hoists list, dict and call defaults into constants next to the def", () => {
    expect(body(src)).toMatchInlineSnapshot(`
      "const accDefault = [];
      function f(a: number, acc = accDefault) {
        acc.append(a);
        return acc;
      }

      const itemsDefault = dict();
      class Box {
        declare items: any;

        constructor(items = itemsDefault) {
          this.items = items;
        }
      }

      const tDefault = time.time();
      function stamp(t = tDefault) {
        return t;
      }

      f(1);
      py.setitem(new Box().items, "k", 1);
      time.sleep(2);
      print(f(2), new Box().items, py.eq(stamp(), stamp()));
      "
    `);
  });

  it("shares one object between calls, as CPython does", async () => {
    expect(await output(src)).toBe("[1, 2] {'k': 1} True\n");
  });
});

describe("float literals that travel", () => {
  const src = [
    "class Account:",
    "    def __init__(self, owner, balance=0.0):",
    "        self.owner = owner",
    "        self.balance = balance",
    "",
    "    def deposit(self, amount):",
    "        self.balance += amount",
    "",
    "def describe(*args):",
    '    return " ".join(str(a) for a in args)',
    "",
    "def put(d, k, v):",
    "    d[k] = v",
    "",
    "a = Account('a')",
    "a.deposit(5)",
    "d = {}",
    "d['x'] = 1.0",
    "put(d, 'y', 2.0)",
    'print(a.balance, describe(1, "two", 3.0), d)',
    "",
  ].join("\n");

  it("boxes integral float literals passed to user code or stored in containers", () => {
    expect(body(src)).toMatchInlineSnapshot(`
      "class Account {
        declare owner: string;
        declare balance: number;

        constructor(owner: string, balance = asFloat(0.0)) {
          this.owner = owner;
          this.balance = balance;
        }

        deposit(amount) {
          this.balance = py.iadd(this.balance, amount);
        }
      }

      function describe(...args) {
        args = tuple(args);
        return " ".join(Array.from(args, (a) => str(a)));
      }

      function put(d, k: string, v: number) {
        py.setitem(d, k, asFloat(v));
      }

      const a = new Account("a");
      a.deposit(5);
      const d = dict();
      py.setitem(d, "x", asFloat(1.0));
      put(d, "y", asFloat(2.0));
      print(asFloat(a.balance), describe(1, "two", asFloat(3.0)), d);
      "
    `);
  });

  it("prints them as floats", async () => {
    expect(await output(src)).toBe("5.0 1 two 3.0 {'x': 1.0, 'y': 2.0}\n");
  });
});

describe("floats through runtime objects and mixed int/float locals", () => {
  const src = [
    "import asyncio",
    "",
    "async def main(d):",
    "    fut = asyncio.get_running_loop().create_future()",
    "    fut.set_result(d * 2)",
    "    total = 0",
    "    for x in [0.5, 0.5]:",
    "        total += x",
    "    half = total * 1",
    "    print(await fut, total, half, -total)",
    "",
    "asyncio.run(main(1.0))",
    "",
  ].join("\n");

  it("boxes float arguments of methods and keeps int-or-float arithmetic in the helpers", () => {
    expect(body(src)).toMatchInlineSnapshot(`
      "const main = async_def(async function main(d: number) {
        let total;
        const fut = asyncio.get_running_loop().create_future();
        fut.set_result(asFloat(d * 2));
        total = 0;
        for (const x of [0.5, 0.5]) {
          total = py.add(total, x);
        }
        const half = py.mul(total, 1);
        print(await py.awaiting(fut), total, half, py.neg(total));
      });

      await asyncio.run(main(asFloat(1.0)));
      "
    `);
  });

  it("prints what CPython prints", async () => {
    expect(await output(src)).toBe("2.0 1.0 1.0 -1.0\n");
  });
});

describe("defaults that read an outer name of the parameter's own name", () => {
  const src = [
    "fns = []",
    "for i in range(3):",
    "    fns.append(lambda i=i: i * 10)",
    "    def g(i=i):",
    "        return i",
    "print([f() for f in fns], g())",
    "",
  ].join("\n");

  it("evaluates them outside the function (a JS default `i = i` sees the parameter)", () => {
    expect(body(src)).toMatchInlineSnapshot(`
      "let g = py.unbound;
      const fns: any[] = [];
      for (let i = 0; i < 3; i++) {
        fns.append(((iDefault) => (i = iDefault) => py.mul(i, 10))(i));

        const iDefault2 = i;
        g = function g(i = iDefault2) {
          return i;
        };
      }
      print(Array.from(fns, (f) => f()), py.bound(g, "g", "global")());
      "
    `);
  });

  it("prints what CPython prints", async () => {
    expect(await output(src)).toBe("[0, 10, 20] 2\n");
  });
});
