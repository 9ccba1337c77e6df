// `asyncio.iscoroutinefunction`: async_def functions and methods (bound too) are, a plain `def`
// emitted as a native `async function` (it calls asyncio.run) is not; bound methods keep their
// name. CPython 3.11.7 prints `False True True False` and `m m` for the same checks.

import { expect, test } from "vitest";
import { async_def, asyncio } from "../../../runtime/asyncio/index.js";
import { py } from "../../../runtime/builtins/index.js";

class K {
  m() {
    return 1;
  }
  async am() {
    return 2;
  }
}
async_def.methods(K, "am");

const coro = async_def(async function coro() {
  return 3;
});

async function main() {}

test("iscoroutinefunction follows Python's async def, and bound methods keep __name__", () => {
  const answers = [
    asyncio.iscoroutinefunction(main),
    asyncio.iscoroutinefunction(coro),
    asyncio.iscoroutinefunction(py.getattr(new K(), "am")),
    asyncio.iscoroutinefunction(py.getattr(new K(), "m")),
  ];
  expect(answers).toEqual([false, true, true, false]);
  expect(py.getattr(new K(), "m").__name__).toBe("m");
});
