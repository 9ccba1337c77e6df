// The asyncio-ts command, called through its main function with collected output.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, version } from "../../../src/cli/main.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "asyncio-ts-cli-")), name);
  writeFileSync(file, text);
  return file;
}

describe("asyncio-ts", () => {
  it("prints help and version", async () => {
    const help = await cli("--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("asyncio-ts run FILE.py");
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(await cli("--version")).toEqual({
      code: 0,
      out: `asyncio-ts ${pkg.version}\n`,
      err: "",
    });
    expect(version()).toBe(pkg.version);
  });

  it("exits 2 with one line for bad arguments", async () => {
    const file = tempFile("ok.py", "print(1)\n");
    for (const argv of [
      [],
      ["frobnicate"],
      ["run"],
      ["run", "missing.py"],
      ["run", tmpdir()],
      ["run", file, "--clock", "sundial"],
      ["run", file, "--epoch", "noon"],
      ["run", file, "--seed", "x"],
      ["run", file, "--max-time", "-1"],
      ["run", file, "--bogus"],
      ["transpile", file, "extra.py"],
    ]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.split("\n").filter(Boolean), argv.join(" ")).toHaveLength(1);
      expect(r.err).toMatch(/^asyncio-ts: error: /);
    }
  });

  it("runs an example on the virtual clock exactly as CPython printed it", async () => {
    const r = await cli("run", "examples/004_fetch_data_and_algorithm.py", "--clock", "virtual");
    const base = join(ROOT, "examples", "004_fetch_data_and_algorithm");
    expect(r.out).toBe(readFileSync(`${base}.out`, "utf8"));
    expect(r.code).toBe(Number(readFileSync(`${base}.code`, "utf8")));
  });

  it("passes arguments after the file to sys.argv and returns sys.exit's code", async () => {
    const file = tempFile("args.py", "import sys\nprint(sys.argv[1:])\nsys.exit(7)\n");
    const r = await cli("run", file, "--clock", "virtual", "--", "a", "--b");
    expect(r).toEqual({ code: 7, out: "['a', '--b']\n", err: "" });
  });

  it("honours --epoch and --seed on the virtual clock", async () => {
    const file = tempFile(
      "t.py",
      "import time, random\nprint(time.time(), random.randint(1, 100))\n",
    );
    const r = await cli(
      "run",
      file,
      "--clock",
      "virtual",
      "--epoch",
      "2030-06-15T23:59:59",
      "--seed",
      "5",
    );
    // CPython: random.seed(5); random.randint(1, 100) == 80
    expect(r.out).toBe("1907798399.0 80\n");
  });

  it("runs on the real clock by default: sleeps take real time", async () => {
    const file = tempFile(
      "real.py",
      "import asyncio, time\nasync def main():\n    await asyncio.sleep(0.2)\nasyncio.run(main())\nprint(round(time.time()))\n",
    );
    const started = Date.now();
    const r = await cli("run", file);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(r.code).toBe(0);
    expect(Math.abs(Number(r.out) - Date.now() / 1000)).toBeLessThan(60);
  });

  it("prints CPython's SyntaxError block and exits 1", async () => {
    const file = tempFile("bad.py", "import asyncio\nawait asyncio.sleep(1)\n");
    const r = await cli("run", file);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `  File "${file}", line 2\n    await asyncio.sleep(1)\n    ^^^^^^^^^^^^^^^^^^^^^^\nSyntaxError: 'await' outside function\n`,
    );
  });

  it("transpiles to stdout or to -o, and reports diagnostics as FILE:LINE:COL", async () => {
    const file = tempFile("hello.py", 'print("hi")\n');
    const r = await cli("transpile", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('print("hi")');
    const outFile = `${file}.ts`;
    expect((await cli("transpile", file, "-o", outFile)).out).toBe("");
    expect(readFileSync(outFile, "utf8")).toContain('print("hi")');
    const bad = tempFile("bad.py", "def f():\n    await g()\n");
    const b = await cli("transpile", bad);
    expect(b.code).toBe(1);
    expect(b.err).toBe(
      `${bad}:2:5: error: 'await' outside async function\n    await g()\n    ^^^^^^^^^\n`,
    );
  });
});
