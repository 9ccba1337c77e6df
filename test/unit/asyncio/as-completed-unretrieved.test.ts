// A task as_completed made that fails after the timeout is freed when it ends, so CPython 3.11.7
// reports "Task exception was never retrieved" then, before later errors (here a failing callback):
//
//   async def w(name): await asyncio.sleep(0.5); raise ValueError(f"{name} failed")
//   async def main():
//       try:
//           for f in asyncio.as_completed([w("D")], timeout=0.1): await f
//       except TimeoutError: print("timed out")
//       await asyncio.sleep(1)
//       asyncio.get_running_loop().call_soon(lambda: 1 / 0)
//       await asyncio.sleep(0.1)

import { expect, test } from "vitest";
import { async_def, asyncio } from "../../../runtime/asyncio/index.js";
import { py, TimeoutError, ValueError } from "../../../runtime/builtins/index.js";
import { print, run } from "./harness.js";

const w = async_def(async function w(name: string) {
  await asyncio.sleep(0.5);
  throw new ValueError(`${name} failed`);
});

const main = async_def(async function main() {
  try {
    for (const f of asyncio.as_completed([w("D")], { timeout: 0.1 })) await f;
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e;
    print("timed out");
  }
  await asyncio.sleep(1);
  asyncio.get_running_loop().call_soon(() => py.truediv(1, 0));
  await asyncio.sleep(0.1);
});

test("as_completed's own task is reported when it fails after the timeout", async () => {
  const r = await run(() => asyncio.run(main()));
  expect(r.stdout).toBe("timed out\n");
  const report = r.stderr.indexOf("Task exception was never retrieved");
  const callback = r.stderr.indexOf("Exception in callback");
  expect(report).toBeGreaterThanOrEqual(0);
  expect(callback).toBeGreaterThan(report);
});
