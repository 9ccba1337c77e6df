// Python's generator methods `send`/`throw`/`close` on JS generators and builtin methods taken as
// values with getattr. Expected values recorded from CPython 3.11.7 running the same generators.

import { describe, expect, it } from "vitest";
import {
  GeneratorExit,
  getattr,
  py,
  RuntimeError,
  repr,
  StopIteration,
  str,
  ValueError,
} from "../../../runtime/builtins/index.js";

/** The emitted form of a Python generator with try/except ValueError/finally around two yields. */
function* gen(log: string[]): Generator<unknown, void, any> {
  try {
    const x = yield 1;
    log.push(`got ${x}`);
    const y = yield x * 2;
    log.push(`got ${y}`);
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    log.push(`caught ${str(e)}`);
    yield 99;
  } finally {
    log.push("gen finally");
  }
}

function* ignoresExit(): Generator<number> {
  for (;;) {
    try {
      yield 1;
    } catch (e) {
      if (!(e instanceof GeneratorExit)) throw e;
    }
  }
}

function* returns7(): Generator<number, number> {
  yield 1;
  return 7;
}

describe("generator send/throw/close", () => {
  it("send, throw and close drive the generator like CPython", () => {
    const log: string[] = [];
    const g = gen(log) as any;
    log.push(repr(g.next().value));
    log.push(repr(g.send(5)));
    log.push(repr(py.method(g, "throw", new ValueError("boom"))));
    g.close();
    log.push(repr(g.close()));
    expect(log).toEqual(["1", "got 5", "10", "caught boom", "99", "gen finally", "None"]);
  });

  it("send past the end raises StopIteration with the return value", () => {
    const log: string[] = [];
    const g = gen(log) as any;
    g.next();
    try {
      g.send(1);
      g.send(2);
    } catch (e) {
      if (!(e instanceof StopIteration)) throw e;
      log.push(`stop ${repr(e.value)}`);
    }
    expect(log).toEqual(["got 1", "got 2", "gen finally", "stop None"]);
    const s = returns7() as any;
    s.next();
    let value: unknown;
    try {
      s.send(null);
    } catch (e) {
      value = (e as StopIteration).value;
    }
    expect(value).toBe(7);
  });

  it("close of a generator that yields in reply raises RuntimeError", () => {
    const g = ignoresExit() as any;
    g.next();
    let text = "";
    try {
      g.close();
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e;
      text = repr(e);
    }
    expect(text).toBe("RuntimeError('generator ignored GeneratorExit')");
  });

  it("throw of a class raises an instance; getattr binds send", () => {
    expect(() => py.method(returns7(), "throw", ValueError)).toThrow(ValueError);
    expect(getattr(returns7(), "send")(null)).toBe(1);
  });
});

describe("builtin methods through getattr", () => {
  it("str and list methods come back bound, with Python's semantics", () => {
    expect(getattr("World", "lower")()).toBe("world");
    expect(getattr("a,b", "split")(",")).toEqual(["a", "b"]);
    const xs = [3, 1, 2];
    getattr(xs, "sort")();
    expect(getattr(xs, "pop")()).toBe(3);
    expect(xs).toEqual([1, 2]);
    expect(repr(getattr("World", "lower")).slice(0, 25)).toBe("<built-in method lower of");
  });
});
