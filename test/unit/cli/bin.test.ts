// The installed command: bin/asyncio-ts.js runs the compiled CLI (dist-lib, built by `npm ci` via
// the prepare script, or by `npm run build:lib`).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..", "..");

function bin(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, "bin", "asyncio-ts.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("bin/asyncio-ts.js", () => {
  it("prints the version (needs dist-lib: npm run build:lib)", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    const r = bin("--version");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`asyncio-ts ${pkg.version}\n`);
    expect(r.status).toBe(0);
  });

  it("runs a program and exits with its status", () => {
    const r = bin("run", "--clock", "virtual", "examples/000_asyncio_run.py");
    expect(r.stdout).toBe(readFileSync(join(ROOT, "examples", "000_asyncio_run.out"), "utf8"));
    expect(r.status).toBe(0);
    expect(bin("run", "nowhere.py").status).toBe(2);
  });
});
