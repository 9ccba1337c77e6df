// The with / async with / for / async for protocols (`py.enter`, `py.aenter`, `py.iter`,
// `py.aiter`): behaviour, and CPython 3.11's TypeError texts when an object lacks the protocol.

import { describe, expect, it } from "vitest";
import * as b from "../../../runtime/builtins/index.js";
import { errorText } from "./decode.js";
import { fixtures } from "./fixtures.js";

class Empty {}
class OnlyEnter {
  async __aenter__() {
    return this;
  }
}
class SyncEnter {
  __aenter__() {
    return this;
  }
  async __aexit__() {
    return false;
  }
}
class SyncExit {
  async __aenter__() {
    return this;
  }
  __aexit__() {
    return false;
  }
}
class BadAiter {
  __aiter__() {
    return 5;
  }
}
class BadAnext {
  __aiter__() {
    return this;
  }
  __anext__() {
    return 5;
  }
}
class OnlyEnterSync {
  __enter__() {
    return this;
  }
}
async function* agen() {
  yield 1;
}

async function aw(cm: unknown): Promise<void> {
  await b.py.aenter(cm);
  await b.py.aexit(cm, null);
}
async function af(it: unknown): Promise<void> {
  for await (const _ of b.py.aiter(it)) {
    /* drain */
  }
}
async function w(cm: unknown): Promise<void> {
  b.py.enter(cm);
  b.py.exit(cm, null);
}
async function f(it: unknown): Promise<void> {
  for (const _ of b.py.iter(it)) {
    /* drain */
  }
}

const bodies: Record<string, () => Promise<void>> = {
  "async with Empty": () => aw(new Empty()),
  "async with OnlyEnter": () => aw(new OnlyEnter()),
  "async with SyncEnter": () => aw(new SyncEnter()),
  "async with SyncExit": () => aw(new SyncExit()),
  "async for BadAiter": () => af(new BadAiter()),
  "async for BadAnext": () => af(new BadAnext()),
  "async for int": () => af(5),
  "with Empty": () => w(new Empty()),
  "with OnlyEnterSync": () => w(new OnlyEnterSync()),
  "for async_generator": () => f(agen()),
  "for int": () => f(5),
  "for None": () => f(null),
};

describe("protocol errors", () => {
  it.each(Object.entries(fixtures.protocols))("%s", async (name, text) => {
    let got = "no error";
    try {
      await bodies[name]!();
    } catch (e) {
      got = errorText(e);
    }
    expect(got).toBe(text);
  });
});

describe("protocols", () => {
  it("async for drives __aiter__/__anext__ until StopAsyncIteration", async () => {
    class Countdown {
      n = 3;
      __aiter__() {
        return this;
      }
      async __anext__() {
        if (this.n === 0) throw new b.StopAsyncIteration();
        return this.n--;
      }
    }
    const seen: number[] = [];
    for await (const x of b.py.aiter(new Countdown())) seen.push(x);
    expect(seen).toEqual([3, 2, 1]);
  });

  it("async with passes the exception to __aexit__ and reports suppression", async () => {
    const calls: unknown[] = [];
    class Cm {
      async __aenter__() {
        return "value";
      }
      async __aexit__(t: unknown, e: unknown, tb: unknown) {
        calls.push(t, e, tb);
        return true;
      }
    }
    const cm = new Cm();
    expect(await b.py.aenter(cm)).toBe("value");
    const err = new b.ValueError("x");
    expect(await b.py.aexit(cm, err)).toBe(true);
    expect(calls).toEqual([b.ValueError, err, null]);
  });

  it("with calls __enter__/__exit__; a falsy __exit__ result does not suppress", () => {
    class Cm {
      __enter__() {
        return 1;
      }
      __exit__() {
        return null;
      }
    }
    expect(b.py.enter(new Cm())).toBe(1);
    expect(b.py.exit(new Cm(), new b.ValueError())).toBe(false);
  });

  it("for iterates dict keys, str characters and __iter__/__next__ objects", () => {
    expect([...b.py.iter(b.dict({ a: 1, b: 2 }))]).toEqual(["a", "b"]);
    expect([...b.py.iter("hé")]).toEqual(["h", "é"]);
    class Two {
      i = 0;
      __iter__() {
        return this;
      }
      __next__() {
        if (this.i >= 2) throw new b.StopIteration();
        return this.i++;
      }
    }
    expect([...b.py.iter(new Two())]).toEqual([0, 1]);
  });
});

describe("value model", () => {
  it("dicts iterate keys, answer get() with a default and expose live views", () => {
    const d = b.dict({ a: 1 });
    const keys = d.keys();
    d.set("b", 2);
    expect([...d]).toEqual(["a", "b"]);
    expect(b.repr(keys)).toBe("dict_keys(['a', 'b'])");
    expect(d.get("zz")).toBe(null);
    expect(d.get("zz", 0)).toBe(0);
    expect(b.len(d.items())).toBe(2);
  });

  it("builds tuples of any length", () => {
    const t = b.tuple(b.range(300000));
    expect(b.len(t)).toBe(300000);
    expect(b.len(b.py.add(t, t))).toBe(600000);
    expect(Object.isFrozen(t)).toBe(true);
  });

  it("equal tuples are one dict key", () => {
    const d = b.dict();
    d.set(b.tuple([1, "a"]), "x");
    expect(b.py.getitem(d, b.tuple([1, "a"]))).toBe("x");
    expect(() => d.set([1] as unknown as string, 1)).toThrow("unhashable type: 'list'");
  });

  it("list and str methods are non-enumerable additions that work as emitted", () => {
    const xs: number[] = [3];
    xs.append(1);
    xs.extend([2]);
    expect(xs).toEqual([3, 1, 2]);
    expect(Object.keys(xs)).toEqual(["0", "1", "2"]);
    expect(", ".join(["a", "b"])).toBe("a, b");
    expect("  x ".strip().upper()).toBe("X");
    expect(b.str.split("a  b")).toEqual(["a", "b"]);
    expect(b.list.pop(xs, 0)).toBe(3);
  });

  it("type() and isinstance() know the builtin types", () => {
    expect(b.type(1)).toBe(b.int);
    expect(b.type(b.dict())).toBe(b.dict);
    expect(b.type(b.tuple([]))).toBe(b.tuple);
    expect(b.isinstance(b.asFloat(1), b.float)).toBe(true);
    expect(b.isinstance(new b.ExceptionGroup("g", [new b.ValueError()]), b.Exception)).toBe(true);
    expect(b.issubclass(b.ExceptionGroup, b.Exception)).toBe(true);
    expect(b.issubclass(b.bool, b.int)).toBe(true);
  });
});

describe("reprs with addresses", () => {
  it("prints functions, classes, instances and bound methods as CPython does", () => {
    class Foo {
      bar() {
        return 1;
      }
    }
    function f() {}
    const foo = new Foo();
    const addr = "0x[0-9a-f]{12}";
    expect(b.repr(f)).toMatch(new RegExp(`^<function f at ${addr}>$`));
    expect(b.repr(Foo)).toBe("<class '__main__.Foo'>");
    expect(b.repr(foo)).toMatch(new RegExp(`^<__main__.Foo object at ${addr}>$`));
    expect(b.repr(b.py.getattr(foo, "bar"))).toMatch(
      new RegExp(`^<bound method Foo.bar of <__main__.Foo object at ${addr}>>$`),
    );
    expect(b.typeName(b.py.getattr(foo, "bar"))).toBe("method");
    expect(b.repr(b.print)).toBe("<built-in function print>");
    expect(b.typeName(b.len)).toBe("builtin_function_or_method");
    expect(b.repr(b.int)).toBe("<class 'int'>");
    expect(b.repr(b.ValueError)).toBe("<class 'ValueError'>");
    expect(b.repr(b.enumerate([]))).toMatch(new RegExp(`^<enumerate object at ${addr}>$`));
    expect(b.id(foo)).toBe(b.id(foo));
    expect((foo as unknown as { __class__: unknown }).__class__).toBe(Foo);
    expect(
      (new b.KeyError("k") as unknown as { __class__: { __name__: string } }).__class__.__name__,
    ).toBe("KeyError");
    expect((5 as unknown as { __class__: unknown }).__class__).toBe(b.int);
  });
});

describe("big ints from hash() and getrandbits()", () => {
  it("stay exact in py arithmetic and come back as numbers when small", () => {
    const h = b.hash(b.tuple([1, 2]));
    expect(String(h)).toBe("-3550055125485641917");
    expect(b.py.mod(h, 10)).toBe(3);
    expect(String(b.py.floordiv(h, 2 ** 40))).toBe("-3228757");
    expect(String(b.py.add(h, 1))).toBe("-3550055125485641916");
    expect(b.py.add(b.py.mul(h, 0), 5)).toBe(5);
  });
});

describe("print and input", () => {
  it("print writes through the sink with sep, end and file", () => {
    let out = "";
    b.setOutputSink({ write: (_s, t) => (out += t) });
    b.print(1, "a", null, { sep: "-", end: "." });
    const file = {
      text: "",
      write(s: string) {
        this.text += s;
      },
    };
    b.print("to file", { file });
    expect(out).toBe("1-a-None.");
    expect(file.text).toBe("to file\n");
  });

  it("input writes the prompt and raises EOFError", () => {
    let out = "";
    b.setOutputSink({ write: (_s, t) => (out += t) });
    expect(() => b.input("Name: ")).toThrow(b.EOFError);
    expect(out).toBe("Name: ");
  });
});
