// Forwarding `**kwargs` (the decorator idiom `fn(*args, **kwargs)`): an empty dict passes no
// trailing object, which would otherwise fill the callee's next parameter. Output from python3.
import { describe, expect, it } from "vitest";
import { body, output } from "./helpers.js";

const src = [
  "import asyncio",
  "",
  "def logged(fn):",
  "    async def wrapper(*args, **kwargs):",
  "        result = await fn(*args, **kwargs)",
  "        print(fn.__name__, args, result)",
  "        return result",
  "    return wrapper",
  "",
  "@logged",
  "async def fetch(x, delay=0.2):",
  "    await asyncio.sleep(delay)",
  "    return x * 2",
  "",
  "async def main():",
  "    await fetch(21)",
  "    await fetch(1, 0.5)",
  "    print(asyncio.get_running_loop().time() >= 0.7)",
  "",
  "asyncio.run(main())",
  "",
].join("\n");

describe("**kwargs forwarding", () => {
  it("forwards through py.callKw (it places keywords by name; an empty dict passes none)", () => {
    expect(body(src)).toContain(
      "await py.callKw(fn, [...args], { ...Object.fromEntries(kwargs.entries()) })",
    );
  });

  it("prints what CPython prints", async () => {
    expect(await output(src)).toBe("fetch (21,) 42\nfetch (1, 0.5) 2\nTrue\n");
  });
});
