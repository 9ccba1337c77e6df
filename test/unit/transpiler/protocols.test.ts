// Iteration protocols in the emitted code: `async for` over a temporary lets the runtime close an
// abandoned async generator as CPython's finalizer does; `g.throw(e)` goes through py.method (JS
// generators have a `throw` with another result). Outputs recorded with python3.
import { describe, expect, it } from "vitest";
import { body, output } from "./helpers.js";

describe("async for", () => {
  const src = [
    "import asyncio",
    "",
    "async def ticks(n):",
    "    try:",
    "        for i in range(n):",
    "            yield i",
    "            await asyncio.sleep(0.1)",
    "    finally:",
    '        print("ticks closed")',
    "",
    "async def main():",
    "    async for t in ticks(5):",
    "        if t == 1:",
    "            break",
    '    print("after loop")',
    "    await asyncio.sleep(0)",
    '    print("next")',
    "    g = ticks(3)",
    "    async for t in g:",
    "        break",
    '    print("held", await g.__anext__())',
    "",
    "asyncio.run(main())",
    "",
  ].join("\n");

  it("flags a temporary iterable, not a held one", () => {
    const text = body(src);
    expect(text).toContain("for await (t of py.aiter(ticks(5), true))");
    expect(text).toContain("for await (t of py.aiter(g))");
  });

  it("closes the abandoned generator on the next loop iteration, as CPython", async () => {
    expect(await output(src)).toBe("after loop\nnext\nticks closed\nheld 1\nticks closed\n");
  });
});

describe("generator throw", () => {
  const src = [
    "def gen():",
    "    try:",
    "        yield 1",
    "    except ValueError as e:",
    '        yield f"caught {e}"',
    "",
    "g = gen()",
    'print(next(g), g.throw(ValueError("x")))',
    "",
  ].join("\n");

  it("calls Python's throw through py.method", async () => {
    expect(body(src)).toContain('py.method(g, "throw", new ValueError("x"))');
    expect(await output(src)).toBe("1 caught x\n");
  });
});

describe("runtime classes imported by name", () => {
  const src = [
    "import asyncio",
    "import datetime as dt",
    "from asyncio import Queue",
    "from datetime import timedelta",
    "",
    "async def main():",
    "    q = Queue()",
    "    await q.put(timedelta(seconds=90))",
    "    print(await q.get(), dt.date(2024, 2, 29) + dt.timedelta(days=1))",
    "",
    "asyncio.run(main())",
    "",
  ].join("\n");

  it("are constructed with new", () => {
    const text = body(src);
    expect(text).toContain("const q = new asyncio.Queue();");
    expect(text).toContain("await q.put(new datetime.timedelta({ seconds: 90 }));");
    expect(text).toContain("new datetime.date(2024, 2, 29)");
  });

  it("prints what CPython prints", async () => {
    expect(await output(src)).toBe("0:01:30 2024-03-01\n");
  });
});

describe("methods read from the class", () => {
  const src = [
    "class Greeter:",
    "    def __init__(self, name):",
    "        self.name = name",
    "",
    "    def greet(self, punct='!'):",
    "        return f'hi {self.name}{punct}'",
    "",
    "g = Greeter('ann')",
    "print(Greeter.greet(g), list(map(Greeter.greet, [g, Greeter('bo')])))",
    "",
  ].join("\n");

  it("take the instance first, through the prototype", () => {
    const text = body(src);
    expect(text).toContain("Greeter.prototype.greet.call(g)");
    expect(text).toContain("(self, ...args) => Greeter.prototype.greet.call(self, ...args)");
  });

  it("prints what CPython prints", async () => {
    expect(await output(src)).toBe("hi ann! ['hi ann!', 'hi bo!']\n");
  });
});
