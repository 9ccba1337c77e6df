// A native JS error escaping a task or the program (`None.get(1)` → reading a property of null)
// is reported as the Python exception it stands for, as CPython 3.11.7 reports
// `AttributeError: 'NoneType' object has no attribute 'get'` for the same program.

import { expect, test } from "vitest";
import { async_def, asyncio } from "../../../runtime/asyncio/index.js";
import { AttributeError } from "../../../runtime/builtins/index.js";
import { print, run } from "./harness.js";

const f = async_def(async function f() {
  await asyncio.sleep(0.1);
  const x: any = null;
  return x.get(1);
});

test("a task's native error becomes the Python exception (uncaught)", async () => {
  const main = async_def(async function main() {
    print(await asyncio.gather(f()));
  });
  const r = await run(() => asyncio.run(main()));
  expect(r.exitCode).toBe(1);
  expect(r.stderr).toBe("AttributeError: 'NoneType' object has no attribute 'get'\n");
});

test("the awaiting coroutine can catch it as AttributeError", async () => {
  const main = async_def(async function main() {
    try {
      await asyncio.create_task(f());
    } catch (e) {
      print(String(e instanceof AttributeError));
    }
  });
  const r = await run(() => asyncio.run(main()));
  expect(r.stdout).toBe("true\n");
});

test("a native error escaping the module is reported the same way", async () => {
  const r = await run(async () => {
    const x: any = null;
    x.get(1);
  });
  expect(r.exitCode).toBe(1);
  expect(r.stderr).toBe("AttributeError: 'NoneType' object has no attribute 'get'\n");
});
