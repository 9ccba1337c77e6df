// Readable output (DESIGN.md §4): a blank line after the import and around top-level functions and
// classes, no str() around values known to be strs, the unwrapped main guard kept as a comment.
import { describe, expect, it } from "vitest";
import { output, ts } from "./helpers.js";

const src = [
  "import asyncio, time",
  "def shout(name: str):",
  "    return name.upper()",
  "def stamp():",
  "    return time.strftime('%Y')",
  "async def main():",
  "    word = shout('hi')",
  "    print(f'{word} {shout(word)} {stamp()} {time.strftime(\"%m\")}!')",
  'if __name__ == "__main__":',
  "    asyncio.run(main())",
  "",
].join("\n");

describe("readable output", () => {
  it("spaces definitions, keeps the main guard as a comment and skips str() on strs", () => {
    expect(ts(src)).toMatchInlineSnapshot(`
      "import { async_def, asyncio, print, time } from "asyncio-ts/runtime";

      function shout(name: string) {
        return name.upper();
      }

      function stamp() {
        return time.strftime("%Y");
      }

      const main = async_def(async function main() {
        const word = shout("hi");
        print(\`\${word} \${shout(word)} \${stamp()} \${time.strftime("%m")}!\`);
      });

      // if __name__ == "__main__":
      await asyncio.run(main());
      "
    `);
  });

  it("prints what CPython prints (under the virtual clock's 2025-01-01 epoch)", async () => {
    expect(await output(src)).toBe("HI HI 2025 01!\n");
  });
});

describe("f-string fields of huge ints", () => {
  it("go through str() (JS would print 1e+21)", async () => {
    const src = "import math\nn = 3\nprint(f'{10 ** 21} {n} {math.factorial(22)}')\n";
    expect(await output(src)).toBe("1000000000000000000000 3 1124000727777607680000\n");
  });
});
