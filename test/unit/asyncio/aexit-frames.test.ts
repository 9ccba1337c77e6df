// An exception raised by `__aexit__` itself (asyncio.timeout's TimeoutError) shows the frame of the
// `async with` line, as CPython's traceback does. Expected stderr: CPython 3.11.7 through
// test/reference/runner.py, less its stdlib frames (as the conformance test compares).

import { expect, test } from "vitest";
import { run } from "../../../src/core/run.js";

const SOURCE = `import asyncio


async def main():
    print("start")
    async with asyncio.timeout(0.1):
        await asyncio.sleep(1)


asyncio.run(main())
`;

const CPYTHON_STDERR = `Traceback (most recent call last):
  File "h9to.py", line 7, in main
    await asyncio.sleep(1)
asyncio.exceptions.CancelledError

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "h9to.py", line 10, in <module>
    asyncio.run(main())
  File "h9to.py", line 6, in main
    async with asyncio.timeout(0.1):
TimeoutError
`;

test("TimeoutError from asyncio.timeout's __aexit__ names the async with line", async () => {
  const r = await run(SOURCE, { fileName: "h9to.py", clock: "virtual" });
  expect(r.stdout).toBe("start\n");
  expect(r.stderr).toBe(CPYTHON_STDERR);
  expect(r.exitCode).toBe(1);
});
