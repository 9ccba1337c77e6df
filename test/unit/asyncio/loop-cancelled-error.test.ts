// CancelledErrors the loop makes (a task woken by a cancelled future, gather's results) skip the JS
// stack capture but are otherwise the same exceptions; the stack limit is restored afterwards.

import { expect, test } from "vitest";
import { CancelledError, loopCancelledError } from "../../../runtime/asyncio/exceptions.js";
import { async_def, asyncio } from "../../../runtime/asyncio/index.js";
import { repr } from "../../../runtime/builtins/index.js";
import { print, run } from "./harness.js";

test("loopCancelledError: a CancelledError with its args and no stack frames", () => {
  const limit = (Error as { stackTraceLimit?: number }).stackTraceLimit;
  const e = loopCancelledError("stop");
  expect(e).toBeInstanceOf(CancelledError);
  expect(repr(e)).toBe("CancelledError('stop')");
  expect(e.stack ?? "").not.toMatch(/\n\s+at /);
  expect((Error as { stackTraceLimit?: number }).stackTraceLimit).toBe(limit);
});

// CPython 3.11.7: gather(return_exceptions=True) of two cancelled tasks, one with a message (lost
// on the way: both print CancelledError('')), then awaiting a task cancelled with a message.
const worker = async_def(async function worker() {
  await asyncio.sleep(3600);
});

const main = async_def(async function main() {
  const a = asyncio.create_task(worker());
  const b = asyncio.create_task(worker());
  await asyncio.sleep(0);
  a.cancel();
  b.cancel("bye");
  const results = await asyncio.gather(a, b, { return_exceptions: true });
  print(results.map((r: unknown) => repr(r)).join(" "));
  const c = asyncio.create_task(worker());
  await asyncio.sleep(0);
  c.cancel("again");
  try {
    await c;
  } catch (e) {
    print(repr(e), String(e instanceof CancelledError));
  }
});

test("cancelled tasks give the same CancelledErrors as CPython", async () => {
  const r = await run(() => asyncio.run(main()));
  expect(r.stderr).toBe("");
  expect(r.stdout).toBe("CancelledError('') CancelledError('')\nCancelledError('again') true\n");
});
