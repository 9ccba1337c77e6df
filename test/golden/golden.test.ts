// Golden tests: the TypeScript each example becomes, checked in as test/golden/NAME.ts and compared
// as a file snapshot. `npm run golden` rewrites them; review the diff like code.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { transpile } from "../../transpiler/index.js";

const examples = join(import.meta.dirname, "..", "..", "examples");

describe("golden TypeScript", () => {
  const files = readdirSync(examples)
    .filter((f) => f.endsWith(".py"))
    .sort();
  for (const file of files) {
    it(file, async () => {
      const source = readFileSync(join(examples, file), "utf8");
      const { code } = transpile(source, { fileName: `examples/${file}` });
      expect(transpile(source, { fileName: `examples/${file}` }).code, "deterministic").toBe(code);
      await expect(code).toMatchFileSnapshot(`./${file.replace(/\.py$/, ".ts")}`);
    });
  }
});
