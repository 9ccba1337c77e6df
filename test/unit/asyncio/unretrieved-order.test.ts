// "Task exception was never retrieved" for a task main's frame holds comes after the traceback of an
// exception escaping asyncio.run (the traceback keeps main's frame alive), as in CPython 3.11.7:
//
//   async def fail_later(d, msg): await asyncio.sleep(d); raise RuntimeError(msg)
//   async def main():
//       t = asyncio.create_task(fail_later(0.1, "lost"))
//       await asyncio.sleep(0.2)
//       raise KeyError("main failed")
//   asyncio.run(main())
//
// prints the KeyError traceback, then the never-retrieved report for 'lost'.

import { expect, test } from "vitest";
import { async_def, asyncio } from "../../../runtime/asyncio/index.js";
import { KeyError, RuntimeError } from "../../../runtime/builtins/index.js";
import { run } from "./harness.js";

const fail_later = async_def(async function fail_later(d: number, msg: string) {
  await asyncio.sleep(d);
  throw new RuntimeError(msg);
});

const main = async_def(async function main() {
  const t = asyncio.create_task(fail_later(0.1, "lost"));
  await asyncio.sleep(0.2);
  void t;
  throw new KeyError("main failed");
});

test("a held task's unretrieved exception is reported after main's traceback", async () => {
  const r = await run(() => asyncio.run(main()));
  expect(r.exitCode).toBe(1);
  const traceback = r.stderr.indexOf("KeyError: 'main failed'");
  const report = r.stderr.indexOf("Task exception was never retrieved");
  expect(traceback).toBeGreaterThanOrEqual(0);
  expect(report).toBeGreaterThan(traceback);
  expect(r.stderr).toContain("RuntimeError: lost");
});
