// Leaving CPython's stdlib frames out of its stderr before comparing (src/core/cpython-output.ts).
import { describe, expect, it } from "vitest";
import { withoutStdlibFrames } from "../../../src/core/cpython-output.js";

describe("withoutStdlibFrames", () => {
  it("also drops them inside an exception group's margin", () => {
    const cpython = [
      "  + Exception Group Traceback (most recent call last):",
      '  |   File "p.py", line 33, in <module>',
      "  |     asyncio.run(main())",
      '  |   File "<stdlib>/asyncio/runners.py", line 190, in run',
      "  |     return runner.run(main)",
      "  |            ^^^^^^^^^^^^^^^^",
      '  |   File "p.py", line 28, in main',
      "  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)",
      "  +-+---------------- 1 ----------------",
      "    | Traceback (most recent call last):",
      '    |   File "<stdlib>/x.py", line 1, in f',
      "    |     g()",
      '    |   File "p.py", line 15, in failer',
      "    | ValueError: failer 3",
    ];
    expect(withoutStdlibFrames(cpython.join("\n"))).toBe(
      cpython.filter((_, i) => ![3, 4, 5, 10, 11].includes(i)).join("\n"),
    );
  });

  it("drops CPython's stdlib frames with their source and caret lines, nothing else", () => {
    const cpython = [
      "Traceback (most recent call last):",
      '  File "examples/x.py", line 18, in <module>',
      "    asyncio.run(main())",
      '  File "<stdlib>/asyncio/runners.py", line 190, in run',
      "    return runner.run(main)",
      "           ^^^^^^^^^^^^^^^^",
      '  File "examples/x.py", line 15, in main',
      "    for i in gen(10):",
      "TypeError: 'async_generator' object is not iterable",
      "<stdlib>/asyncio/events.py:80: RuntimeWarning: coroutine 'f' was never awaited",
      "  self._context.run(self._callback, *self._args)",
      "",
    ].join("\n");
    expect(withoutStdlibFrames(cpython)).toBe(
      [
        "Traceback (most recent call last):",
        '  File "examples/x.py", line 18, in <module>',
        "    asyncio.run(main())",
        '  File "examples/x.py", line 15, in main',
        "    for i in gen(10):",
        "TypeError: 'async_generator' object is not iterable",
        "<stdlib>/asyncio/events.py:80: RuntimeWarning: coroutine 'f' was never awaited",
        "  self._context.run(self._callback, *self._args)",
        "",
      ].join("\n"),
    );
  });
});
