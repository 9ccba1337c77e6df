// Augmented assignment helpers `py.iadd`… : in place for lists, sets and dicts, `__iadd__` first,
// CPython's `+=` error text. Expected values recorded from CPython 3.11.7 running the same steps.

import { describe, expect, it } from "vitest";
import {
  dict,
  NotImplemented,
  type PySet,
  py,
  repr,
  set,
  sorted,
  TypeError,
  tuple,
} from "../../../runtime/builtins/index.js";

function error(f: () => unknown): string {
  try {
    f();
    return "no error";
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    return repr(e);
  }
}

describe("in-place operators", () => {
  it("list += iterable and list *= n extend the same list", () => {
    const xs = [1];
    expect(py.iadd(xs, tuple([2, 3]))).toBe(xs);
    expect(repr(xs)).toBe("[1, 2, 3]");
    const l = [1, 2];
    expect(py.imul(l, 2)).toBe(l);
    expect(repr(l)).toBe("[1, 2, 1, 2]");
  });

  it("set -=, |=, &=, ^= update the same set", () => {
    const s = set([1, 2, 3]) as PySet<number>;
    expect(py.isub(s, set([2]))).toBe(s);
    expect(repr(s)).toBe("{1, 3}");
    py.ior(s, set([9]));
    py.iand(s, set([1, 9, 7]));
    expect(py.ixor(s, set([1, 5]))).toBe(s);
    expect(repr(sorted(s))).toBe("[5, 9]");
  });

  it("dict |= mapping or pairs updates the same dict", () => {
    const d = dict({ a: 1 });
    py.ior(d, dict({ b: 2 }));
    expect(py.ior(d, [tuple(["c", 3])])).toBe(d);
    expect(repr(d)).toBe("{'a': 1, 'b': 2, 'c': 3}");
  });

  it("__iadd__ comes first; numbers fall back to +", () => {
    const a = {
      v: [] as unknown[],
      __iadd__(o: unknown) {
        this.v.push(o);
        return this;
      },
    };
    expect(py.iadd(a, 5)).toBe(a);
    expect(a.v).toEqual([5]);
    expect(repr(py.iadd(5, 2.5))).toBe("7.5");
  });

  it("errors name the augmented operator", () => {
    expect(error(() => py.iadd(1, "s"))).toBe(
      `TypeError("unsupported operand type(s) for +=: 'int' and 'str'")`,
    );
    expect(error(() => py.isub(set([1]), [1]))).toBe(
      `TypeError("unsupported operand type(s) for -=: 'set' and 'list'")`,
    );
  });

  it("NotImplemented prints as NotImplemented", () => {
    expect(repr(NotImplemented)).toBe("NotImplemented");
    expect(repr([NotImplemented])).toBe("[NotImplemented]");
  });
});
