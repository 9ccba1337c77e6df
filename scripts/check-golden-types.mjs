// Type-checks the golden TypeScript (test/golden/*.ts) against the runtime's own types and prints
// a summary: `node scripts/check-golden-types.mjs` (exit status 1 if any file has errors).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const tsc = join(root, "node_modules", ".bin", "tsc");
const done = spawnSync(tsc, ["-p", "test/golden/tsconfig.json"], { cwd: root, encoding: "utf8" });
const errors = done.stdout.split("\n").filter((l) => /^test\/golden\/.*error TS/.test(l));
const failing = new Set(errors.map((l) => l.slice(0, l.indexOf("("))));
const all = readdirSync(join(root, "test", "golden")).filter(
  (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
);
process.stdout.write(errors.map((l) => `${l}\n`).join(""));
process.stdout.write(
  `golden type-check: ${all.length - failing.size} of ${all.length} files clean, ${errors.length} errors\n`,
);
process.exit(done.status === 0 ? 0 : 1);
