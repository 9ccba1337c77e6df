// dataclasses, functools and collections: the shape of emitted code (a decorator becomes a call
// after the class), and what of these modules is reported as not supported.
import { describe, expect, it } from "vitest";
import { transpile } from "../../../transpiler/index.js";
import { body } from "./helpers.js";

function diagnostics(source: string): string[] {
  return transpile(source).diagnostics.map(
    (d) => `${d.kind} ${d.start.line}:${d.start.column} ${d.message}`,
  );
}

describe("dataclasses", () => {
  it("extends dataclasses.Dataclass and passes the fields after the class", () => {
    const src = [
      "from dataclasses import dataclass, field",
      "",
      "@dataclass(order=True)",
      "class Job:",
      "    name: str",
      "    cost: float = 1.0",
      "    tags: list[str] = field(default_factory=list)",
      "",
      "    def total(self):",
      "        return self.cost * 2",
      "",
      "@dataclass",
      "class Big(Job):",
      "    extra: int = 0",
      "",
      'print(Job("a", cost=2.0), Big("b").total())',
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "class Job extends dataclasses.Dataclass {
        declare name: string;
        declare cost: number;
        declare tags: string[];

        total() {
          return py.mul(this.cost, 2);
        }
      }
      dataclasses.dataclass(Job, {
        name: dataclasses.MISSING,
        cost: asFloat(1.0),
        tags: dataclasses.field({ default_factory: list }),
      }, { order: true });

      class Big extends Job {
        declare extra: number;
      }
      dataclasses.dataclass(Big, { extra: 0 });

      print(new Job("a", { cost: asFloat(2.0) }), new Big("b").total());
      "
    `);
  });

  it("reports what the runtime does not do", () => {
    const src = [
      "import dataclasses",
      "from dataclasses import dataclass, field, InitVar",
      "class Plain:",
      "    pass",
      "@dataclass(slots=True)",
      "class A(Plain):",
      "    x: int = field(default=1, metadata={})",
      "    def __init__(self):",
      "        pass",
      'B = dataclasses.make_dataclass("B", ["a"])',
      "",
    ].join("\n");
    expect(diagnostics(src)).toMatchInlineSnapshot(`
      [
        "NotSupported 2:43 not supported yet: dataclasses.InitVar",
        "NotSupported 5:12 not supported yet: this dataclass() argument (slots)",
        "NotSupported 6:9 not supported yet: a dataclass whose base class is not a dataclass",
        "NotSupported 7:31 not supported yet: this field() argument (metadata)",
        "NotSupported 8:9 not supported yet: __init__ defined in a dataclass",
        "NotSupported 10:5 not supported yet: dataclasses.make_dataclass",
      ]
    `);
  });
});

describe("functools", () => {
  it("applies decorators as calls; a recursive decorated def is a method shorthand", () => {
    const src = [
      "import functools",
      "from functools import lru_cache, partial, wraps",
      "",
      "def logged(func):",
      "    @wraps(func)",
      "    def wrapper(*args):",
      "        return func(*args)",
      "    return wrapper",
      "",
      "@lru_cache(maxsize=None)",
      "def fib(n):",
      "    return n if n < 2 else fib(n - 1) + fib(n - 2)",
      "",
      "@functools.total_ordering",
      "class Money:",
      "    def __init__(self, cents):",
      "        self.cents = cents",
      "    @functools.cached_property",
      "    def dollars(self):",
      "        return self.cents / 100",
      "    def __lt__(self, other):",
      "        return self.cents < other.cents",
      "",
      "square = partial(pow, exp=2)",
      "print(fib(30), square(3), functools.reduce(lambda a, b: a + b, [1, 2]))",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "function logged(func) {
        const wrapper = functools.wraps(func)(function wrapper(...args) {
          args = tuple(args);
          return func(...args);
        });
        return wrapper;
      }

      const fib = functools.lru_cache({ maxsize: null })({
        fib(n: number) {
          return n < 2 ? n : py.add(fib(n - 1), fib(n - 2));
        }
      }.fib);

      class Money {
        declare cents: any;

        constructor(cents) {
          this.cents = cents;
        }

        get dollars() {
          return py.truediv(this.cents, 100);
        }

        __lt__(other) {
          return py.lt(this.cents, other.cents);
        }
      }
      functools.total_ordering(Money);
      functools.cached_property(Money, "dollars");

      const square = functools.partial(pow, { exp: 2 });
      print(fib(30), square(3), functools.reduce((a, b) => py.add(a, b), [1, 2]));
      "
    `);
  });

  it("reports what the runtime does not do", () => {
    const src = [
      "import functools",
      "from functools import singledispatch",
      "@functools.singledispatchmethod",
      "def f():",
      "    pass",
      "",
    ].join("\n");
    expect(diagnostics(src)).toMatchInlineSnapshot(`
      [
        "NotSupported 2:23 not supported yet: functools.singledispatch",
        "NotSupported 3:2 not supported yet: functools.singledispatchmethod",
      ]
    `);
  });
});

describe("collections", () => {
  it("instantiates the runtime's classes with new, namedtuples too", () => {
    const src = [
      "import collections",
      "from collections import Counter, deque, namedtuple",
      "",
      "q = deque([1, 2], maxlen=3)",
      "groups = collections.defaultdict(list)",
      "groups['a'].append(q.popleft())",
      "Point = namedtuple('Point', 'x y')",
      "p = Point(1, y=2)",
      "counts = Counter(w for w in 'abca')",
      "print(q.pop(), groups, p._asdict(), counts.most_common(1))",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "const q = new collections.deque([1, 2], { maxlen: 3 });
      const groups = new collections.defaultdict(list);
      py.getitem(groups, "a").append(q.popleft());
      const Point = collections.namedtuple("Point", "x y");
      const p = new Point(1, { y: 2 });
      const counts = new collections.Counter((function* () { for (const w of "abca") yield w; })());
      print(py.method(q, "pop"), groups, p._asdict(), counts.most_common(1));
      "
    `);
  });

  it("makes a typing.NamedTuple class extend collections.namedtuple(…)", () => {
    const src = [
      "from typing import NamedTuple",
      "",
      "class Point(NamedTuple):",
      "    x: float",
      "    y: float = 0.0",
      "",
      "    def norm(self):",
      "        return (self.x ** 2 + self.y ** 2) ** 0.5",
      "",
      "print(Point(3.0, y=4.0).norm())",
      "",
    ].join("\n");
    expect(body(src)).toMatchInlineSnapshot(`
      "class Point extends collections.namedtuple("Point", ["x", "y"], { defaults: [asFloat(0.0)] }) {
        declare x: number;
        declare y: number;

        norm() {
          return py.pow(py.add(py.pow(this.x, 2), py.pow(this.y, 2)), 0.5);
        }
      }

      print(new Point(asFloat(3.0), { y: asFloat(4.0) }).norm());
      "
    `);
  });

  it("reports what the runtime does not do", () => {
    const src = [
      "import collections",
      "from collections import ChainMap",
      "x = collections.UserDict()",
      "y = collections.abc",
      "",
    ].join("\n");
    expect(diagnostics(src)).toMatchInlineSnapshot(`
      [
        "NotSupported 2:25 not supported yet: collections.ChainMap",
        "NotSupported 3:5 not supported yet: collections.UserDict",
        "NotSupported 4:5 not supported yet: collections.abc",
      ]
    `);
    expect(diagnostics("import collections.abc\n")).toEqual([
      "NotSupported 1:8 not supported yet: the 'collections.abc' module",
    ]);
  });
});
