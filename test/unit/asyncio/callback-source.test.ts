// Callback text in `<Handle …>` and "Exception in callback …": qualified names and definition lines
// found in the Python source. Expected text from CPython 3.11.7 on the program in SOURCE.

import { afterEach, describe, expect, it } from "vitest";
import {
  callbackSources,
  definitionIndex,
  enclosingQualname,
  formatCallback,
} from "../../../runtime/asyncio/callback-source.js";
import { bindMethod } from "../../../runtime/builtins/bound.js";

const SOURCE = `import asyncio
def bad(x):
    return 1 / 0
class K:
    def m(self):
        raise ValueError("m")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad, 1)
    loop.call_soon(lambda: 1 / 0)
    loop.call_soon(K().m)
    def inner():
        raise KeyError("i")
    loop.call_soon(inner)
    @staticmethod
    def deco():
        pass
`.split("\n");

afterEach(() => {
  callbackSources.lookup = () => null;
});

describe("callback source", () => {
  it("finds enclosing scopes by indentation", () => {
    expect(enclosingQualname(SOURCE, 9)).toBe("main.<locals>.");
    expect(enclosingQualname(SOURCE, 1)).toBe("");
    expect(enclosingQualname(SOURCE, 4)).toBe("K.");
    expect(enclosingQualname(SOURCE, 11)).toBe("main.<locals>.");
  });

  it("finds a unique def line, from its first decorator", () => {
    expect(definitionIndex(SOURCE, "bad")).toBe(1);
    expect(definitionIndex(SOURCE, "inner")).toBe(11);
    expect(definitionIndex(SOURCE, "deco")).toBe(14);
    expect(definitionIndex(SOURCE, "missing")).toBe(-1);
  });

  it("formats bound methods as Class.method and functions with their location", () => {
    class K {
      m() {}
    }
    const k = new K();
    expect(formatCallback(bindMethod(k, K.prototype.m), "")).toBe("K.m()");
    callbackSources.lookup = (fn) =>
      fn.name === "bad" ? { qualname: "bad", at: "prog.py:2" } : null;
    function bad() {}
    expect(formatCallback(bad, "1")).toBe("bad(1) at prog.py:2");
    expect(formatCallback(() => 0, "")).toBe("<lambda>()");
  });
});
