// Share links (src/playground/share.ts): any program and clock survive encode → URL hash → decode,
// the hash is URL-safe, and a damaged hash gives null instead of throwing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeShare, encodeShare } from "../../../src/playground/share.js";

const clock = fc.constantFrom("virtual" as const, "real" as const);

describe("share links", () => {
  it("round-trips any program and clock", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 2000 }), clock, (source, c) => {
        expect(decodeShare(encodeShare({ source, clock: c }))).toEqual({ source, clock: c });
      }),
    );
  });

  it("round-trips long, repetitive programs (real examples are mostly ASCII)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary-ascii" }),
        fc.integer({ min: 1, max: 500 }),
        (line, n) => {
          const source = `${line}\n`.repeat(n);
          expect(decodeShare(encodeShare({ source, clock: "virtual" }))?.source).toBe(source);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("writes a URL-safe hash that names the real-time clock only when chosen", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), clock, (source, c) => {
        const hash = encodeShare({ source, clock: c });
        expect(hash).toMatch(/^#code=[A-Za-z0-9_-]+(&clock=real)?$/);
        expect(hash.endsWith("&clock=real")).toBe(c === "real");
      }),
    );
  });

  it("compresses: a 100-line program gives a short link", () => {
    const source = 'import asyncio\n\n\nasync def main():\n    print("hello")\n'.repeat(20);
    expect(encodeShare({ source, clock: "virtual" }).length).toBeLessThan(source.length / 4);
  });

  it("gives null for hashes without a (valid) program", () => {
    for (const hash of ["", "#", "#clock=real", "#code=", "#code=!!!", "#code=AAAA", "#other=1"]) {
      expect(decodeShare(hash), hash).toBeNull();
    }
    const good = encodeShare({ source: "print(1)\n", clock: "virtual" });
    expect(decodeShare(good.slice(0, -4))).toBeNull();
  });

  it("reads a link whether or not the hash keeps its '#'", () => {
    const hash = encodeShare({ source: "print(1)\n", clock: "real" });
    expect(decodeShare(hash.slice(1))).toEqual({ source: "print(1)\n", clock: "real" });
  });
});
