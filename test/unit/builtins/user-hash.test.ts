// Sets and dicts use a class's `__hash__`/`__eq__`: equal objects are one key. Expected output of
// CPython 3.11.7 for a Point class defining both: `2 True` and `{P(1,2): 'b'} b False`.

import { expect, test } from "vitest";
import { dict, hash, isinstance, py, repr, set, tuple } from "../../../runtime/builtins/index.js";

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
  __eq__(o: unknown): boolean {
    return (
      isinstance(o, Point) &&
      py.eq(tuple([this.x, this.y]), tuple([(o as Point).x, (o as Point).y]))
    );
  }
  __hash__(): unknown {
    return hash(tuple([this.x, this.y]));
  }
  __repr__(): string {
    return `P(${this.x},${this.y})`;
  }
}

test("equal objects with __hash__/__eq__ are one set element and one dict key", () => {
  const s = set([new Point(1, 1), new Point(1, 1), new Point(2, 1)]);
  expect(`${s.size} ${repr(py.contains(s, new Point(1, 1)))}`).toBe("2 True");
  const d = dict([[new Point(1, 2), "a"]]);
  py.setitem(d, new Point(1, 2), "b");
  expect(
    `${repr(d)} ${py.getitem(d, new Point(1, 2))} ${repr(py.contains(d, new Point(3, 3)))}`,
  ).toBe("{P(1,2): 'b'} b False");
});
