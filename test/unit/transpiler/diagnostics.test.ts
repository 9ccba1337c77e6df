// Diagnostics: unsupported constructs are reported (never silently mistranslated), with positions.
import { describe, expect, it } from "vitest";
import { transpile } from "../../../transpiler/index.js";

function diagnostics(source: string): string[] {
  return transpile(source).diagnostics.map(
    (d) => `${d.kind} ${d.start.line}:${d.start.column} ${d.message}`,
  );
}

describe("diagnostics", () => {
  it("reports a match statement", () => {
    const src = "x = 1\nmatch x:\n    case 1:\n        pass\n";
    expect(diagnostics(src)).toEqual(["NotSupported 2:1 not supported yet: match statement"]);
  });

  it("reports complex numbers and bytes", () => {
    expect(diagnostics("a = 1j\nb = b'x'\n")).toEqual([
      "NotSupported 1:5 not supported yet: complex numbers",
      "NotSupported 2:5 not supported yet: bytes literals",
    ]);
  });

  it("raises ModuleNotFoundError for a missing module imported under except ImportError", async () => {
    const { output } = await import("./helpers.js");
    const src =
      "try:\n    import ujson as json\nexcept ImportError as e:\n    json = None\n    print(e)\n";
    expect(diagnostics(src)).toEqual([]);
    expect(await output(src)).toBe("No module named 'ujson'\n");
  });

  it("reports del of a slice", () => {
    expect(diagnostics("xs = [1, 2]\ndel xs[::2]\n")).toEqual([
      "NotSupported 2:5 not supported yet: deleting a slice",
    ]);
  });

  it("reports modules the runtime does not provide", () => {
    expect(diagnostics("import os\nfrom re import sub\nimport asyncio\n")).toEqual([
      "NotSupported 1:8 not supported yet: the 'os' module",
      "NotSupported 2:6 not supported yet: the 're' module",
    ]);
  });

  it("reports class decorators and multiple inheritance", () => {
    const src = "@dataclass\nclass A:\n    pass\nclass B(A, object):\n    pass\n";
    expect(diagnostics(src)).toEqual([
      "NotSupported 1:2 not supported yet: class decorators",
      "NotSupported 4:12 not supported yet: multiple inheritance",
    ]);
  });

  it("reports protocol methods JS would never call", () => {
    const src =
      "class F:\n    def __call__(self):\n        pass\n    def __getattr__(self, n):\n        pass\n";
    expect(diagnostics(src)).toEqual([
      "NotSupported 2:9 not supported yet: __call__ (callable instances)",
      "NotSupported 4:9 not supported yet: __getattr__ (dynamic attributes)",
    ]);
  });

  it("reports builtins the runtime does not provide", () => {
    expect(diagnostics("with open('f') as fh:\n    pass\n")).toEqual([
      "NotSupported 1:6 not supported yet: the builtin 'open'",
    ]);
  });

  it("reports the matrix operator", () => {
    expect(diagnostics("c = a @ b\n")).toEqual([
      "NotSupported 1:5 not supported yet: the '@' operator",
    ]);
  });

  it("accepts ** arguments to a plain signature (the runtime places them by name)", () => {
    expect(diagnostics("def f(a, b=1):\n    return a\nkw = {'b': 2}\nf(1, **kw)\n")).toEqual([]);
  });

  it("accepts a lone generator argument with a tuple target, but not one among others", () => {
    expect(diagnostics("d = {}\nprint(sum(v for _, v in d.items()))\n")).toEqual([]);
    expect(diagnostics("print(sum(v for _, v in []))\nf(a, b for b in c)\n")).toEqual([
      "SyntaxError 2:6 Generator expression must be parenthesized",
    ]);
  });

  it("gives no code for syntax errors", () => {
    const r = transpile("def f(:\n");
    expect(r.code).toBe("");
    expect(r.diagnostics[0].kind).toBe("SyntaxError");
  });

  it("never throws on arbitrary input", () => {
    for (const src of ["(", "def", "class A(:", "x = [1, 2", "f'{'", "lambda: (yield)", "@\n"]) {
      expect(() => transpile(src)).not.toThrow();
    }
  });
});
