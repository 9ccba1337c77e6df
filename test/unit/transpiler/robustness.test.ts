// Robustness: the transpiler never throws, whatever prefix of a real program it is given.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { transpile } from "../../../transpiler/index.js";

const examples = join(import.meta.dirname, "..", "..", "..", "examples");

describe("robustness", () => {
  const files = readdirSync(examples).filter((f) => f.endsWith(".py"));

  it("transpiles every prefix of the examples without throwing", () => {
    let prefixes = 0;
    for (const file of files.slice(0, 20)) {
      const source = readFileSync(join(examples, file), "utf8");
      for (let end = 0; end <= source.length; end += 37) {
        const result = transpile(source.slice(0, end));
        expect(typeof result.code).toBe("string");
        prefixes++;
      }
    }
    expect(prefixes).toBeGreaterThan(100);
  });

  it("transpiles every example with no NotSupported diagnostics", () => {
    const unsupported: string[] = [];
    for (const file of files) {
      const source = readFileSync(join(examples, file), "utf8");
      for (const d of transpile(source).diagnostics) {
        if (d.kind === "NotSupported") unsupported.push(`${file}:${d.start.line} ${d.message}`);
      }
    }
    expect(unsupported).toEqual([]);
  });
});
