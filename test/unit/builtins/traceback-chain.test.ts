// A chained exception's traceback starts at the frame that caught it, though its JS stack also
// holds the callers. Expected text: CPython 3.11.7 on test/conformance/programs/exception_chaining.py
// (stdlib frames and the subscript markers left out).

import { describe, expect, it } from "vitest";
import { type BaseException, formatException, KeyError } from "../../../runtime/builtins/index.js";
import type { Frame } from "../../../runtime/builtins/traceback.js";

const file = "prog.py";
const moduleFrame: Frame = { file, line: 33, name: "<module>", source: "asyncio.run(main())" };
const mainFrame: Frame = { file, line: 30, name: "main", source: '    await load("z")' };

describe("frames of a chained exception", () => {
  it("leave out the callers of the handler's frame", () => {
    const cause = new KeyError("z");
    const outer = Object.assign(new (class extends KeyError {})("x"), {
      __cause__: cause,
      __suppress_context__: true,
    }) as BaseException;
    const frames = new Map<unknown, Frame[]>([
      [cause, [mainFrame, { file, line: 13, name: "load", source: '    return {"a": 1}[key]' }]],
      [
        outer,
        [
          moduleFrame,
          mainFrame,
          { file, line: 15, name: "load", source: "    raise AppError() from e" },
        ],
      ],
    ]);
    const text = formatException(outer, (e) => frames.get(e));
    expect(text.split("\nThe above")[0]).toBe(
      [
        "Traceback (most recent call last):",
        '  File "prog.py", line 13, in load',
        '    return {"a": 1}[key]',
        "KeyError: 'z'",
        "",
      ].join("\n"),
    );
    expect(text).toContain(
      '  File "prog.py", line 30, in main\n    await load("z")\n  File "prog.py", line 15',
    );
  });

  it("keep every frame when the handler is not among the outer exception's frames", () => {
    const cause = new KeyError("z");
    const outer = Object.assign(new KeyError("y"), { __context__: cause }) as BaseException;
    const causeFrames = [mainFrame, { file, line: 13, name: "load" }];
    const frames = new Map<unknown, Frame[]>([
      [cause, causeFrames],
      [outer, [moduleFrame, { file, line: 40, name: "other" }]],
    ]);
    const text = formatException(outer, (e) => frames.get(e));
    expect(text).toContain(
      'line 30, in main\n    await load("z")\n  File "prog.py", line 13, in load\nKeyError',
    );
  });
});
