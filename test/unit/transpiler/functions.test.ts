// Functions and classes: async_def/async_gen wrappers, parameters, keyword arguments, methods,
// inheritance, decorators, generators.
import { describe, expect, it } from "vitest";
import { body, output } from "./helpers.js";

describe("functions", () => {
  it("wraps async defs and maps visible keyword arguments to positions", () => {
    const src = [
      "import asyncio",
      "async def task_one(n: int = 3, label: str = 'x') -> str:",
      "    await asyncio.sleep(n)",
      "    return 'done'",
      "async def main():",
      "    results = await asyncio.gather(task_one(), task_one(label='y'), return_exceptions=True)",
      "    print('Results:', results, sep=' ')",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "const task_one = async_def(async function task_one(n: number = 3, label: string = "x"): Promise<string> {
        await asyncio.sleep(n);
        return "done";
      });

      const main = async_def(async function main() {
        const results = await asyncio.gather(task_one(), task_one(undefined, "y"), { return_exceptions: true });
        print("Results:", results, { sep: " " });
      });
      "
    `);
  });

  it("uses the method form for async functions that refer to themselves", async () => {
    const src = [
      "import asyncio",
      "async def countdown(n):",
      "    if n == 0:",
      "        return 'liftoff'",
      "    await asyncio.sleep(0.1)",
      "    return await asyncio.create_task(countdown(n - 1))",
      "print(asyncio.run(countdown(3)))",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "const countdown = async_def({
        async countdown(n: number) {
          if (n === 0) {
            return "liftoff";
          }
          await asyncio.sleep(0.1);
          return await asyncio.create_task(countdown(n - 1));
        }
      });

      print(await asyncio.run(countdown(3)));
      "
    `);
    expect(await output(src)).toBe("liftoff\n");
  });

  it("splits *args, keyword-only and **kwargs with splitKwargs", async () => {
    const src = [
      "def f(a, *args, key=1, **kwargs):",
      "    print(a, args, key, sorted(kwargs))",
      "def g(x, y=2):",
      "    return x * y",
      "f(1)",
      "f(1, 2, 3, key=4, z=5)",
      "nums = [3, 4]",
      "print(g(*nums), g(y=5, x=1))",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "function f(a: number, ...rest) {
        const [positional, { key = 1, ...named }]: [unknown[], any] = splitKwargs(rest);
        const args = tuple(positional);
        const kwargs = dict(named);
        print(a, args, key, sorted(kwargs));
      }

      function g(x, y = 2) {
        return py.mul(x, y);
      }

      f(1);
      f(1, 2, 3, { key: 4, z: 5 });
      const nums = [3, 4];
      print(g(...nums), g(1, 5));
      "
    `);
    expect(await output(src)).toBe("1 () 1 []\n1 (2, 3) 4 ['z']\n12 5\n");
  });

  it("forwards **kwargs to another call", async () => {
    const src = [
      "def inner(a, *, b=0, c=0):",
      "    return a + b + c",
      "def outer(*args, **kwargs):",
      "    return inner(*args, **kwargs)",
      "print(outer(1, c=3))",
      "",
    ].join("\n");
    expect(await output(src)).toBe("4\n");
  });

  it("supports generators, yield from and nested closures", async () => {
    const src = [
      "def count(n):",
      "    for i in range(n):",
      "        yield i",
      "def both():",
      "    yield from count(2)",
      "    yield 'end'",
      "def make_adder(k):",
      "    def add(x):",
      "        return x + k",
      "    return add",
      "print(list(both()), make_adder(2)(3))",
      "",
    ].join("\n");
    expect(await output(src)).toBe("[0, 1, 'end'] 5\n");
  });

  it("applies decorators, including asynccontextmanager", async () => {
    const src = [
      "import asyncio",
      "from contextlib import asynccontextmanager",
      "@asynccontextmanager",
      "async def timer(label):",
      "    print('start', label)",
      "    try:",
      "        yield",
      "    finally:",
      "        print('end', label)",
      "async def main():",
      "    async with timer('db'):",
      "        await asyncio.sleep(0.1)",
      "        print('inside')",
      "asyncio.run(main())",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "const timer = contextlib.asynccontextmanager(async_gen(async function* timer(label: string) {
        print("start", label);
        try {
          yield;
        } finally {
          print("end", label);
        }
      }));

      const main = async_def(async function main() {
        const cm = timer("db");
        await py.aenter(cm);
        let thrown = false;
        try {
          await asyncio.sleep(0.1);
          print("inside");
        } catch (e) {
          thrown = true;
          if (!(await py.aexit(cm, e))) throw e;
        } finally {
          if (!thrown) await py.aexit(cm, null);
        }
      });

      await asyncio.run(main());
      "
    `);
    expect(await output(src)).toBe("start db\ninside\nend db\n");
  });
});

describe("classes", () => {
  it("emits constructor, methods, async methods and class attributes", () => {
    const src = [
      "class Counter:",
      '    """Counts."""',
      "    limit = 3",
      "    def __init__(self, start=0):",
      "        self.value = start",
      "    def bump(self):",
      "        self.value += 1",
      "        return self.value",
      "    async def wait(self):",
      "        return self.value",
      "    @staticmethod",
      "    def make():",
      "        return Counter(start=1)",
      "    @property",
      "    def double(self):",
      "        return self.value * 2",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "/** Counts. */
      class Counter {
        declare value: number;

        static limit = 3;

        constructor(start = 0) {
          this.value = start;
        }

        bump() {
          this.value += 1;
          return this.value;
        }

        async wait() {
          return this.value;
        }

        static make() {
          return new Counter(1);
        }

        get double() {
          return this.value * 2;
        }
      }
      async_def.methods(Counter, "wait");
      "
    `);
  });

  it("runs inheritance, super() and exception subclasses", async () => {
    const src = [
      "class Animal:",
      "    def __init__(self, name):",
      "        self.name = name",
      "    def speak(self):",
      "        return f'{self.name} makes a sound'",
      "    def __str__(self):",
      "        return f'Animal({self.name})'",
      "class Dog(Animal):",
      "    def __init__(self, name, breed):",
      "        super().__init__(name)",
      "        self.breed = breed",
      "    def speak(self):",
      "        return super().speak() + ' (woof)'",
      "class MyError(Exception):",
      "    def __init__(self, code):",
      "        self.code = code",
      "d = Dog('Rex', breed='lab')",
      "print(d.speak(), d.breed, str(d))",
      "try:",
      "    raise MyError(7)",
      "except MyError as e:",
      "    print('code', e.code, e)",
      "",
    ].join("\n");
    expect(await output(src)).toBe("Rex makes a sound (woof) lab Animal(Rex)\ncode 7 7\n");
  });

  it("supports async static methods, async iterators and bound methods", async () => {
    const src = [
      "import asyncio",
      "class Ticker:",
      "    def __init__(self, n):",
      "        self.n = n",
      "    def __aiter__(self):",
      "        return self",
      "    async def __anext__(self):",
      "        if self.n == 0:",
      "            raise StopAsyncIteration",
      "        self.n -= 1",
      "        await asyncio.sleep(0.1)",
      "        return self.n",
      "    @staticmethod",
      "    async def hello():",
      "        return 'hi'",
      "    def report(self, x):",
      "        print('report', self.n, x)",
      "async def main():",
      "    t = Ticker(2)",
      "    async for v in t:",
      "        print(v)",
      "    print(await Ticker.hello())",
      "    cb = t.report",
      "    cb('via bound method')",
      "asyncio.run(main())",
      "",
    ].join("\n");
    expect(await output(src)).toBe("1\n0\nhi\nreport 0 via bound method\n");
  });

  it("shares class attributes through self and builds instances in classmethods", async () => {
    const src = [
      "import asyncio",
      "class Counter:",
      "    created = 0",
      "    step = 2",
      "    def __init__(self, n):",
      "        Counter.created += 1",
      "        self.n = n",
      "    def scaled(self):",
      "        return self.n * self.step",
      "    @classmethod",
      "    async def make(cls, n):",
      "        await asyncio.sleep(0.1)",
      "        return cls(n)",
      "async def main():",
      "    c = await Counter.make(5)",
      "    Counter(1)",
      "    print(c.scaled(), Counter.created)",
      "asyncio.run(main())",
      "",
    ].join("\n");
    expect(await output(src)).toBe("10 2\n");
  });

  it("makes classes with a generator __await__ awaitable", async () => {
    const src = [
      "import asyncio",
      "class Ticket:",
      "    def __init__(self, number):",
      "        self.number = number",
      "    def __await__(self):",
      "        yield from asyncio.sleep(0.1).__await__()",
      "        return f'ticket {self.number} served'",
      "async def main():",
      "    print(await Ticket(7))",
      "asyncio.run(main())",
      "",
    ].join("\n");
    expect(body(src)).toContain("async_def.awaitable(Ticket);");
    expect(await output(src)).toBe("ticket 7 served\n");
  });

  it("supports decorators with arguments, property setters, walrus and spreads", async () => {
    const src = [
      "def repeat(n):",
      "    def deco(fn):",
      "        def wrapper(*args):",
      "            return [fn(*args) for _ in range(n)]",
      "        return wrapper",
      "    return deco",
      "@repeat(2)",
      "def hello(name):",
      "    return 'hi ' + name",
      "class Temp:",
      "    def __init__(self):",
      "        self._c = 0",
      "    @property",
      "    def c(self):",
      "        return self._c",
      "    @c.setter",
      "    def c(self, value):",
      "        self._c = value * 2",
      "t = Temp()",
      "t.c = 21",
      "base = {'a': 1}",
      "merged = {**base, 'b': 2}",
      "xs = [0, *range(3)]",
      "if (n := len(xs)) > 3:",
      "    print('long', n)",
      "print(hello('bo'), t.c, merged, xs)",
      "",
    ].join("\n");
    expect(await output(src)).toBe("long 4\n['hi bo', 'hi bo'] 42 {'a': 1, 'b': 2} [0, 0, 1, 2]\n");
  });

  it("knows instances of module classes: their methods and attribute types", () => {
    const src = [
      "class Stack:",
      "    def __init__(self):",
      "        self.size = 0",
      "    def pop(self, *, strict=False):",
      "        return strict",
      "s = Stack()",
      "print(s.pop(strict=True), s.size + 1)",
      "",
    ].join("\n");
    expect(body(src)).toContain("print(s.pop({ strict: true }), s.size + 1);");
  });

  it("knows the instance an async with binds when __aenter__ returns self", () => {
    const src = [
      "class Conn:",
      "    def __init__(self):",
      "        self.port = 80",
      "    async def __aenter__(self):",
      "        return self",
      "    async def __aexit__(self, *exc):",
      "        return False",
      "async def main():",
      "    async with Conn() as c:",
      "        print(c.port + 1)",
      "",
    ].join("\n");
    expect(body(src)).toContain("print(c.port + 1);");
  });
});
