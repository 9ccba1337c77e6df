// Properties that must hold for every input, checked with fast-check.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asFloat, format, py, repr } from "../../../runtime/builtins/index.js";

describe("float repr", () => {
  it("round-trips: parsing repr(x) gives x back", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = repr(asFloat(x));
        expect(Object.is(Number(text), x)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("'.17g' keeps every double exact", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(
          Object.is(Number(format(x, ".17g")), x) || (x === 0 && Number(format(x, ".17g")) === 0),
        ).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("integer floor division", () => {
  it("a == b * (a // b) + a % b, with the remainder's sign of b", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: -1e6, max: 1e6 }).filter((b) => b !== 0),
        (a, b) => {
          const q = py.floordiv(a, b);
          const r = py.mod(a, b);
          expect(b * q + r).toBe(a);
          expect(r === 0 || Math.sign(r) === Math.sign(b)).toBe(true);
          expect(Math.abs(r)).toBeLessThan(Math.abs(b));
        },
      ),
    );
  });
});
