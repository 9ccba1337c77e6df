// Classes held in names (`exc=ValueError`, `for exc in (A, B)`, `random.choice([...])`, a class
// passed as an argument): called or raised through `py.call`, which uses `new` for classes.
// Outputs recorded with python3.
import { describe, expect, it } from "vitest";
import { body, output } from "./helpers.js";

const src = [
  "import asyncio",
  "import random",
  "",
  "class AppError(Exception):",
  "    pass",
  "",
  "async def bad(n, exc=ValueError):",
  "    raise exc(f'bad {n}')",
  "",
  "def make(kind):",
  "    return kind('made')",
  "",
  "async def main():",
  "    for exc in (KeyError, AppError):",
  "        try:",
  "            raise exc",
  "        except Exception as e:",
  "            print(type(e).__name__, repr(e))",
  "    print(await asyncio.gather(bad(1), bad(2, AppError), return_exceptions=True))",
  "    cls = random.choice([ValueError, ValueError])",
  "    print(repr(cls('chosen')), repr(make(AppError)))",
  "",
  "asyncio.run(main())",
  "",
].join("\n");

describe("classes held in names", () => {
  it("are called and raised through py.call", () => {
    const text = body(src);
    expect(text).toContain(`throw py.call(exc, \`bad \${n}\`);`);
    expect(text).toContain('return py.call(kind, "made");');
    expect(text).toContain("throw py.call(exc);");
    expect(text).toContain('repr(py.call(cls, "chosen"))');
  });

  it("prints what CPython prints", async () => {
    expect(await output(src)).toBe(
      "KeyError KeyError()\nAppError AppError()\n" +
        "[ValueError('bad 1'), AppError('bad 2')]\n" +
        "ValueError('chosen') AppError('made')\n",
    );
  });
});
