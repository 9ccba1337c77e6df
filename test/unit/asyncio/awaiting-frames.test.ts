// Frames of coroutines that awaited inline (`r = await middle()`) stay in a traceback when the
// exception came from another task (through gather, or `await t` via `py.awaiting`). Expected text:
// CPython 3.11.7 through test/reference/runner.py, less its stdlib frames.

import { expect, test } from "vitest";
import { async_def, asyncio } from "../../../runtime/asyncio/index.js";
import { py, ValueError } from "../../../runtime/builtins/index.js";
import { run } from "../../../src/core/run.js";
import { run as runProgram } from "./harness.js";

const SOURCE = `import asyncio


async def boom(n):
    await asyncio.sleep(0.1)
    raise ValueError(f"boom {n}")


async def middle():
    return await asyncio.gather(boom(1))


async def main():
    r = await middle()
    print(r)


asyncio.run(main())
`;

const CPYTHON_STDERR = `Traceback (most recent call last):
  File "h9g.py", line 18, in <module>
    asyncio.run(main())
  File "h9g.py", line 14, in main
    r = await middle()
        ^^^^^^^^^^^^^^
  File "h9g.py", line 10, in middle
    return await asyncio.gather(boom(1))
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "h9g.py", line 6, in boom
    raise ValueError(f"boom {n}")
ValueError: boom 1
`;

test("the inline-awaiting coroutine's frame is kept across gather", async () => {
  const r = await run(SOURCE, { fileName: "h9g.py", clock: "virtual" });
  expect(r.stderr).toBe(CPYTHON_STDERR);
});

const boom = async_def(async function boom() {
  await asyncio.sleep(0.1);
  throw new ValueError("boom");
});

test("py.awaiting records the await site of a task on the exception it delivers", async () => {
  let sites: unknown;
  const main = async_def(async function main() {
    const t = asyncio.create_task(boom());
    try {
      await py.awaiting(t);
    } catch (e) {
      sites = (e as unknown as Record<symbol, unknown>)[Symbol.for("asyncio-ts.await-sites")];
    }
  });
  await runProgram(() => asyncio.run(main()));
  expect(
    Array.isArray(sites) && sites.length === 1 && /awaiting-frames/.test(String(sites[0])),
  ).toBe(true);
  // `await 5` is CPython's TypeError, not JS's quiet `5`.
  expect(() => py.awaiting(5)).toThrow("object int can't be used in 'await' expression");
});

const AGAIN = `import asyncio
async def w2():
    await asyncio.sleep(0.1)
    raise ValueError("A failed")
async def main():
    t0 = asyncio.create_task(w2())
    try:
        await t0
    except ValueError as e:
        print("first")
    await t0
asyncio.run(main())
`;

// CPython's Future.result() restores the stored traceback once; the second `await t0` raises the
// exception with only the frames it passes then.
const AGAIN_STDERR = `Traceback (most recent call last):
  File "h9q2run.py", line 12, in <module>
    asyncio.run(main())
  File "h9q2run.py", line 11, in main
    await t0
ValueError: A failed
`;

test("a task's exception raised a second time leaves out the task's own frames", async () => {
  const r = await run(AGAIN, { fileName: "h9q2run.py", clock: "virtual" });
  expect(r.stdout).toBe("first\n");
  expect(r.stderr).toBe(AGAIN_STDERR);
});
