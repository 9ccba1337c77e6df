// Diagnostic text: CPython's SyntaxError block (expected strings printed by CPython 3.11 for the
// same sources) and the CLI's FILE:LINE:COL format.
import { describe, expect, it } from "vitest";
import { compilerDiagnostic, cpythonSyntaxError } from "../../../src/core/diagnostic-text.js";
import type { Diagnostic } from "../../../transpiler/diagnostics.js";
import { positionAt } from "../../../transpiler/diagnostics.js";

function diag(source: string, from: number, to: number, message: string): Diagnostic {
  return {
    severity: "error",
    kind: "SyntaxError",
    message,
    from,
    to,
    start: positionAt(source, from),
  };
}

describe("cpythonSyntaxError", () => {
  it("strips the indentation and underlines the span", () => {
    const source = "import asyncio\n\nawait asyncio.sleep(1)  # mistake\n";
    const from = source.indexOf("await");
    const d = diag(
      source,
      from,
      from + "await asyncio.sleep(1)".length,
      "'await' outside function",
    );
    expect(cpythonSyntaxError(source, d, "prog.py")).toBe(
      '  File "prog.py", line 3\n' +
        "    await asyncio.sleep(1)  # mistake\n" +
        "    ^^^^^^^^^^^^^^^^^^^^^^\n" +
        "SyntaxError: 'await' outside function\n",
    );
  });

  it("stops the carets at the end of the first line of a multi-line span", () => {
    const source = "if True:\n    await foo(1,\n      2)   \n";
    const from = source.indexOf("await");
    const d = diag(source, from, source.indexOf("2)") + 2, "'await' outside function");
    expect(cpythonSyntaxError(source, d, "s3.py")).toBe(
      "  File \"s3.py\", line 2\n    await foo(1,\n    ^^^^^^^^^^^^\nSyntaxError: 'await' outside function\n",
    );
  });

  it("keeps trailing spaces and puts one caret for an empty span", () => {
    const source = "def f():\n\tx = 1 +   \n";
    const d = diag(source, source.length - 1, source.length - 1, "invalid syntax");
    expect(cpythonSyntaxError(source, d, "s1.py")).toBe(
      '  File "s1.py", line 2\n    x = 1 +   \n              ^\nSyntaxError: invalid syntax\n',
    );
  });
});

describe("compilerDiagnostic", () => {
  it("prints FILE:LINE:COL, the line and a caret under the span", () => {
    const source = "x = 1\nwith open(f) as g:\n    pass\n";
    const from = source.indexOf("open");
    const d: Diagnostic = {
      ...diag(source, from, from + 4, "not supported yet: open()"),
      kind: "NotSupported",
    };
    expect(compilerDiagnostic(source, d, "a.py")).toBe(
      "a.py:2:6: error: not supported yet: open()\nwith open(f) as g:\n     ^^^^\n",
    );
  });
});
