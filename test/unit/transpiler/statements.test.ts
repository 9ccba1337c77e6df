// Statements: declarations, assignment forms, loops, try/except, with, raise, assert, del.
import { describe, expect, it } from "vitest";
import { body, output } from "./helpers.js";

describe("assignment", () => {
  it("declares with const, let or a hoisted let", () => {
    const src = [
      "def f(flag):",
      "    a = 1",
      "    b = 0",
      "    b = b + a",
      "    if flag:",
      "        c = 'yes'",
      "    else:",
      "        c = 'no'",
      "    return a, b, c",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "function f(flag) {
        let c;
        const a = 1;
        let b = 0;
        b = py.add(b, a);
        if (py.truthy(flag)) {
          c = "yes";
        } else {
          c = "no";
        }
        return tuple([a, b, c]);
      }
      "
    `);
  });

  it("unpacks tuples and chains assignments", async () => {
    const src =
      "a, b = 1, 2\na, b = b, a\nx = y = 0\nfirst, *rest = [1, 2, 3]\nprint(a, b, x, y, first, rest)\n";
    expect(body(src)).toMatchInlineSnapshot(`
      "let [a, b]: any = [1, 2];
      [a, b] = [b, a];
      const x = 0;
      const y = x;
      const [first, ...rest] = [1, 2, 3];
      print(a, b, x, y, first, rest);
      "
    `);
    expect(await output(src)).toBe("2 1 0 0 1 [2, 3]\n");
  });

  it("updates in place with Python operators", async () => {
    const src =
      "n = 10\nn += 5\nn //= 4\nn **= 2\ns = 'a'\ns += 'b'\nxs = [1]\nxs += [2]\nd = {'k': 1}\nd['k'] += 1\nprint(n, s, xs, d)\n";
    expect(body(src)).toMatchInlineSnapshot(`
      "let n = 10;
      n += 5;
      n = py.floordiv(n, 4);
      n = py.pow(n, 2);
      let s = "a";
      s += "b";
      let xs = [1];
      xs.extend([2]);
      const d = dict({ k: 1 });
      py.setitem(d, "k", py.iadd(py.getitem(d, "k"), 1));
      print(n, s, xs, d);
      "
    `);
    expect(await output(src)).toBe("9 ab [1, 2] {'k': 2}\n");
  });

  it("supports global and nonlocal", async () => {
    const src = [
      "count = 0",
      "def bump():",
      "    global count",
      "    count += 1",
      "def outer():",
      "    total = 0",
      "    def add(n):",
      "        nonlocal total",
      "        total += n",
      "    add(2); add(3)",
      "    return total",
      "bump(); bump()",
      "print(count, outer())",
      "",
    ].join("\n");
    expect(await output(src)).toBe("2 5\n");
  });

  it("deletes items and names", async () => {
    expect(
      await output("d = {'a': 1, 'b': 2}\ndel d['a']\nxs = [1, 2, 3]\ndel xs[0]\nprint(d, xs)\n"),
    ).toBe("{'b': 2} [2, 3]\n");
  });
});

describe("loops", () => {
  it("counts with a plain for loop over literal ranges", () => {
    expect(
      body("for i in range(3):\n    print(i)\nfor j in range(10, 0, -2):\n    print(j)\n"),
    ).toMatchInlineSnapshot(`
      "for (let i = 0; i < 3; i++) {
        print(i);
      }
      for (let j = 10; j > 0; j -= 2) {
        print(j);
      }
      "
    `);
  });

  it("iterates lists, tuples, dicts, strings, enumerate and zip", async () => {
    const src = [
      "d = {'a': 1, 'b': 2}",
      "for k in d:",
      "    print(k, d[k])",
      "for k, v in d.items():",
      "    print(k, v)",
      "for i, c in enumerate('xy'):",
      "    print(i, c)",
      "for a, b in zip([1, 2], (3, 4)):",
      "    print(a + b)",
      "",
    ].join("\n");
    expect(await output(src)).toBe("a 1\nb 2\na 1\nb 2\n0 x\n1 y\n4\n6\n");
  });

  it("runs for/else and while/else with break and continue", async () => {
    const src = [
      "for n in [1, 3, 5]:",
      "    if n % 2 == 0:",
      "        break",
      "else:",
      "    print('no even')",
      "i = 0",
      "while i < 5:",
      "    i += 1",
      "    if i == 2:",
      "        continue",
      "    if i == 4:",
      "        break",
      "    print(i)",
      "else:",
      "    print('not reached')",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "let i;
      loop: {
        for (const n of [1, 3, 5]) {
          if (py.mod(n, 2) === 0) {
            break loop;
          }
        }
        print("no even");
      }
      i = 0;
      loop2: {
        while (i < 5) {
          i += 1;
          if (i === 2) {
            continue;
          }
          if (i === 4) {
            break loop2;
          }
          print(i);
        }
        print("not reached");
      }
      "
    `);
    expect(await output(src)).toBe("no even\n1\n3\n");
  });

  it("keeps a loop variable visible after the loop", async () => {
    expect(await output("for i in range(3):\n    pass\nprint(i)\n")).toBe("2\n");
  });
});

describe("exceptions", () => {
  it("maps except clauses to instanceof tests", () => {
    const src = [
      "try:",
      "    x = 1 // 0",
      "except (ValueError, ZeroDivisionError) as e:",
      "    print('bad', e)",
      "except Exception:",
      "    raise",
      "else:",
      "    print('ok')",
      "finally:",
      "    print('done')",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "let ok2;
      ok2 = false;
      try {
        try {
          const x = py.floordiv(1, 0);
          ok2 = true;
        } catch (e) {
          e = py.exc(e);
          if (e instanceof ValueError || e instanceof ZeroDivisionError) {
            print("bad", e);
          } else if (e instanceof Exception) {
            throw e;
          } else {
            throw e;
          }
        }
        if (ok2) {
          print("ok");
        }
      } finally {
        print("done");
      }
      "
    `);
  });

  it("behaves like CPython", async () => {
    const src = [
      "class AppError(Exception):",
      "    pass",
      "def check(n):",
      "    if n < 0:",
      "        raise ValueError(f'negative: {n}')",
      "    if n == 0:",
      "        raise AppError",
      "    return n",
      "for n in [1, -1, 0]:",
      "    try:",
      "        print(check(n))",
      "    except ValueError as e:",
      "        print('ValueError', e)",
      "    except AppError as e:",
      "        print('AppError', repr(e))",
      "    else:",
      "        print('no error')",
      "    finally:",
      "        print('finally')",
      "try:",
      "    try:",
      "        raise KeyError('k')",
      "    except KeyError as e:",
      "        raise RuntimeError('wrapped') from e",
      "except RuntimeError as e:",
      "    print(e, repr(e.__cause__))",
      "",
    ].join("\n");
    expect(await output(src)).toBe(
      "1\nno error\nfinally\nValueError negative: -1\nfinally\nAppError AppError()\nfinally\nwrapped KeyError('k')\n",
    );
  });

  it("chains an exception raised in a handler to the one being handled", async () => {
    const src = [
      "def parse(s):",
      "    try:",
      "        return int(s)",
      "    except ValueError:",
      "        raise RuntimeError('cannot parse')",
      "try:",
      "    parse('x')",
      "except RuntimeError as err:",
      "    print(err, type(err.__context__).__name__, err.__cause__)",
      "",
    ].join("\n");
    expect(await output(src)).toBe("cannot parse ValueError None\n");
  });

  it("asserts", async () => {
    expect(
      await output(
        "try:\n    assert 1 > 2, 'math'\nexcept AssertionError as e:\n    print('caught', e)\n",
      ),
    ).toBe("caught math\n");
  });
});

describe("with", () => {
  it("wraps async with in aenter/aexit", () => {
    const src = [
      "import asyncio",
      "async def main(lock):",
      "    async with lock:",
      "        print('locked')",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "const main = async_def(async function main(lock) {
        await py.aenter(lock);
        let thrown = false;
        try {
          print("locked");
        } catch (e) {
          thrown = true;
          if (!(await py.aexit(lock, e))) throw e;
        } finally {
          if (!thrown) await py.aexit(lock, null);
        }
      });
      "
    `);
  });

  it("calls __enter__/__exit__ and suppresses when asked", async () => {
    const src = [
      "class CM:",
      "    def __enter__(self):",
      "        print('enter')",
      "        return 42",
      "    def __exit__(self, t, e, tb):",
      "        print('exit', t.__name__ if t else None)",
      "        return True",
      "with CM() as v:",
      "    print(v)",
      "with CM():",
      "    raise ValueError('x')",
      "print('after')",
      "",
    ].join("\n");
    expect(await output(src)).toBe("enter\n42\nexit None\nenter\nexit ValueError\nafter\n");
  });
});

describe("module structure", () => {
  it("unwraps the main guard and awaits asyncio.run", () => {
    const src = [
      "import asyncio",
      "",
      "async def main():",
      "    await asyncio.sleep(1)",
      "",
      'if __name__ == "__main__":',
      "    asyncio.run(main())",
      "    print('Program ended.')",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "const main = async_def(async function main() {
        await asyncio.sleep(1);
      });

      // if __name__ == "__main__":
      await asyncio.run(main());
      print("Program ended.");
      "
    `);
  });

  it("makes plain defs that run the loop async", async () => {
    const src = [
      "import asyncio",
      "async def work():",
      "    return 5",
      "def start():",
      "    print(asyncio.run(work()))",
      "def entry():",
      "    start()",
      "    print('after')",
      "entry()",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "const work = async_def(async function work() {
        return 5;
      });

      async function start() {
        print(await asyncio.run(work()));
      }

      async function entry() {
        await start();
        print("after");
      }

      await entry();
      "
    `);
    expect(await output(src)).toBe("5\nafter\n");
  });

  it("awaits every call that runs an event loop", async () => {
    const src = [
      "import asyncio",
      "from asyncio import run",
      "async def value(n):",
      "    await asyncio.sleep(0.1)",
      "    return n",
      "print(run(value(1)))",
      "loop = asyncio.new_event_loop()",
      "print(loop.run_until_complete(value(2)))",
      "loop.close()",
      "with asyncio.Runner() as runner:",
      "    print(runner.run(value(3)))",
      "print('end')",
      "",
    ].join("\n");
    expect(await output(src)).toBe("1\n2\n3\nend\n");
  });

  it("carries comments over and drops docstrings into JSDoc", () => {
    const src =
      '"""Module doc."""\n# leading\nx = 1  # trailing\n\n\ndef f():\n    """Does f."""\n    # inside\n    return x\n';
    expect(body(src)).toMatchInlineSnapshot(`
      "/** Module doc. */
      // leading
      const x = 1; // trailing

      /** Does f. */
      function f() {
        // inside
        return x;
      }
      "
    `);
  });

  it("keeps a comment that closes a block inside it", () => {
    const src =
      "def f():\n    if True:\n        x = 1\n        # end of if\n    # end of f\n\n# module\ny = 2\n";
    expect(body(src)).toMatchInlineSnapshot(`
      "function f() {
        if (true) {
          const x = 1;
          // end of if
        }
        // end of f
      }

      // module
      const y = 2;
      "
    `);
  });

  it("accepts semicolons and pass", async () => {
    expect(await output("a = 1; b = 2; print(a + b)\nif a:\n    pass\n")).toBe("3\n");
  });
});
