// Source maps: each emitted statement line maps back to its Python line, and back again.
import { describe, expect, it } from "vitest";
import { lineMapping, transpile } from "../../../transpiler/index.js";

const src = [
  "import asyncio",
  "",
  "async def main():",
  "    x = 1",
  "    await asyncio.sleep(x)",
  "    print(x)",
  "",
  "asyncio.run(main())",
  "",
].join("\n");

describe("source maps", () => {
  it("names the Python file and embeds its text", () => {
    const r = transpile(src, { fileName: "demo.py" });
    expect(r.map.sources).toEqual(["demo.py"]);
    expect(r.map.sourcesContent).toEqual([src]);
    expect(r.map.version).toBe(3);
  });

  it("maps TS lines to Python lines and back", () => {
    const r = transpile(src);
    const lines = r.code.split("\n");
    const m = lineMapping(r);
    const tsLineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
    expect(m.pyLineOf(tsLineOf("const x = 1"))).toBe(4);
    expect(m.pyLineOf(tsLineOf("await asyncio.sleep(x)"))).toBe(5);
    expect(m.pyLineOf(tsLineOf("print(x)"))).toBe(6);
    expect(m.pyLineOf(tsLineOf("await asyncio.run(main())"))).toBe(8);
    expect(m.pyLineOf(1)).toBeNull();
    expect(m.tsLinesOf(6)).toEqual([tsLineOf("print(x)")]);
  });

  it("keeps mapping lines after a multi-line expression", () => {
    const py = "async def f(xs):\n    ys = [await x for x in xs]\n    print(ys)\n";
    const r = transpile(py);
    const lines = r.code.split("\n");
    const m = lineMapping(r);
    expect(lines.length).toBeGreaterThan(8);
    expect(m.pyLineOf(lines.findIndex((l) => l.includes("print(ys)")) + 1)).toBe(3);
    expect(m.pyLineOf(lines.findIndex((l) => l.includes("const ys")) + 1)).toBe(2);
    expect(m.pyLineOf(lines.findIndex((l) => l.includes(".push(")) + 1)).toBe(2);
  });

  it("maps the exit calls of async with / with to the with line (tracebacks through __aexit__)", () => {
    const py = [
      "import asyncio",
      "",
      "async def main():",
      "    async with asyncio.TaskGroup() as tg:",
      "        tg.create_task(asyncio.sleep(1))",
      "    with open_it() as f:",
      "        print(f)",
      "",
    ].join("\n");
    const r = transpile(py.replace("open_it()", "x"));
    const lines = r.code.split("\n");
    const m = lineMapping(r);
    const at = (text: string) => lines.flatMap((l, i) => (l.includes(text) ? [i + 1] : []));
    expect(at("await py.aexit(tgCm, ").map((l) => m.pyLineOf(l))).toEqual([4, 4]);
    expect(at("py.exit(fCm, ").map((l) => m.pyLineOf(l))).toEqual([6, 6]);
  });

  it("is deterministic", () => {
    expect(transpile(src)).toEqual(transpile(src));
  });
});
