// compileProgram: the bundle takes the runtime from the global, keeps Python's function names, and
// its source map leads back to Python lines (composed with the transpiler's map).
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import {
  compileProgram,
  compileProgramWithMap,
  RUNTIME_GLOBAL,
} from "../../../src/core/compile.js";
import { pythonSourceMap } from "../../../src/core/source-lines.js";
import { transpile } from "../../../transpiler/index.js";

async function evaluate(js: string, runtime: object): Promise<void> {
  (globalThis as Record<string, unknown>)[RUNTIME_GLOBAL] = runtime;
  await import(
    /* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(js).toString("base64")}`
  );
}

describe("compileProgram", () => {
  it("resolves asyncio-ts/runtime to the global and keeps function names", async () => {
    const ts = [
      'import { print, async_def } from "asyncio-ts/runtime";',
      "const main = async_def(async function main(n: number) { return n; });",
      "function print_name(f: { name: string }): void { print(f.name); }",
      "print_name(main);",
      "await Promise.resolve();",
      'print("done");',
    ].join("\n");
    const js = await compileProgram(esbuild, ts);
    expect(js).not.toMatch(/from\s*["']asyncio-ts\/runtime["']/);
    const printed: unknown[] = [];
    await evaluate(js, {
      print: (x: unknown) => printed.push(x),
      async_def: (f: unknown) => f,
    });
    expect(printed).toEqual(["main", "done"]);
  });

  it("reports TypeScript syntax errors by throwing", async () => {
    await expect(compileProgram(esbuild, "const = ;")).rejects.toThrow();
  });
});

describe("pythonSourceMap", () => {
  it("maps a JS position back to the Python line it came from", async () => {
    const py = 'x = 1\n\n\ndef f():\n    print("here")\n\n\nf()\n';
    const t = transpile(py, { fileName: "m.py" });
    const compiled = await compileProgramWithMap(esbuild, t.code, "m.ts");
    const map = pythonSourceMap(compiled.map, t.map, py);
    const lines = compiled.code.split("\n");
    const jsLine = lines.findIndex((l) => l.includes('"here"')) + 1;
    const jsCol = lines[jsLine - 1]!.indexOf("print");
    expect(map.pyLineOf(jsLine, jsCol)).toBe(5);
    expect(map.pyLines[4]).toBe('    print("here")');
    expect(map.pyLineOf(1, 0)).toBeNull();
  });
});
