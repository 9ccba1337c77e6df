// Traceback text (chains, groups, notes, repeated frames) against CPython 3.11's
// TracebackException.format for the same exceptions and frames.

import { describe, expect, it } from "vitest";
import * as b from "../../../runtime/builtins/index.js";
import { dec } from "./decode.js";
import { type ExcTree, fixtures } from "./fixtures.js";

function build(tree: ExcTree, byKey: Map<string, b.BaseException>): b.BaseException {
  const cls = (b as unknown as Record<string, new (...a: unknown[]) => b.BaseException>)[
    tree.type
  ]!;
  const e =
    tree.exceptions === undefined
      ? new cls(...tree.args.map(dec))
      : new cls(
          dec(tree.args[0]!),
          tree.exceptions.map((t) => build(t, byKey)),
        );
  byKey.set(tree.key, e);
  if (tree.cause) e.__cause__ = build(tree.cause, byKey);
  if (tree.context) e.__context__ = build(tree.context, byKey);
  else if (tree.cause) e.__context__ = e.__cause__;
  e.__suppress_context__ = tree.suppress;
  for (const note of tree.notes ?? []) e.add_note(note);
  return e;
}

describe("formatException", () => {
  it.each(fixtures.tracebacks.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const byKey = new Map<string, b.BaseException>();
    const e = build(c.tree, byKey);
    const frames = new Map<b.BaseException, b.Frame[]>();
    for (const [key, list] of Object.entries(c.frames)) {
      frames.set(
        byKey.get(key)!,
        list.map(([file, line, name, source]) => ({ file, line, name, source })),
      );
    }
    expect(b.formatException(e, (x) => frames.get(x))).toBe(c.text);
  });

  it("accepts a frame list for the outermost exception", () => {
    const e = new b.ValueError("boom");
    const text = b.formatException(e, [
      { file: "prog.py", line: 3, name: "main", source: "  f()" },
    ]);
    expect(text).toBe(
      'Traceback (most recent call last):\n  File "prog.py", line 3, in main\n    f()\nValueError: boom\n',
    );
  });

  it.each(fixtures.carets.map((c) => [c.source.trim(), c] as const))(
    "caret line under %s",
    (_name, c) => {
      const e = new b.ValueError();
      const frame = {
        file: "p.py",
        line: 3,
        name: "f",
        source: c.source,
        col: c.col,
        endCol: c.endCol,
      };
      expect(b.formatException(e, [frame])).toBe(
        `Traceback (most recent call last):\n${c.text}ValueError\n`,
      );
    },
  );

  it("marks the failing columns with carets unless they span the whole line", () => {
    const frame = { file: "p.py", line: 1, name: "<module>", source: "    x = f(1) + 2" };
    const part = b.formatException(new b.TypeError("t"), [{ ...frame, col: 8, endCol: 12 }]);
    expect(part).toContain("    x = f(1) + 2\n        ^^^^\n");
    const whole = b.formatException(new b.TypeError("t"), [{ ...frame, col: 4, endCol: 16 }]);
    expect(whole).not.toContain("^");
  });

  it("prints a module-qualified name for classes outside builtins", () => {
    class CancelledError extends b.BaseException {}
    b.pyClass(CancelledError, "asyncio.exceptions", "CancelledError");
    expect(b.formatException(new CancelledError())).toBe("asyncio.exceptions.CancelledError\n");
  });
});
