import { describe, expect, test } from "vitest";
import { framesOfStack, underlineAwaits } from "../../../runtime/asyncio/stack.js";

describe("JS stacks → Python frames", () => {
  const pyLines = [
    "",
    "async def main():",
    "    results = await asyncio.gather(f(1), g(x[2]))  # c",
    "    raise KeyError(1)",
  ];
  const info = { fileName: "prog.py", sourceMap: { pyLineOf: (line: number) => line, pyLines } };

  test("program frames only, oldest first, JS names mapped to Python's", () => {
    const stack = [
      "Error: x",
      "    at raiser (data:text/javascript;base64,AAAA:4:11)",
      "    at Task.__step (file:///home/dev/asyncio-ts/runtime/asyncio/task.ts:120:5)",
      "    at async Object.main [as _fn] (data:text/javascript;base64,AAAA:3:20)",
      "    at data:text/javascript;base64,AAAA:1:1",
    ].join("\n");
    expect(framesOfStack(stack, info).map((f) => [f.line, f.name])).toEqual([
      [1, "<module>"],
      [3, "main"],
      [4, "raiser"],
    ]);
  });

  test("a lambda run by the loop is named <lambda>, not after the handle property", () => {
    const stack = [
      "Error: x",
      "    at TimerHandle._callback (data:text/javascript;base64,AAAA:4:11)",
      "    at TimerHandle._run (file:///home/dev/asyncio-ts/runtime/asyncio/handle.ts:27:5)",
    ].join("\n");
    expect(framesOfStack(stack, info).map((f) => [f.line, f.name])).toEqual([[4, "<lambda>"]]);
  });

  test("awaiting frames get CPython's marker span under the await expression; the innermost none", () => {
    const frames = underlineAwaits([
      { file: "prog.py", line: 3, name: "main", source: pyLines[2] },
      { file: "prog.py", line: 4, name: "main", source: pyLines[3] },
    ]);
    const [outer, inner] = frames;
    expect(outer.source?.slice(outer.col, outer.endCol)).toBe(
      "await asyncio.gather(f(1), g(x[2]))",
    );
    expect(inner.col).toBeUndefined();
  });
});
