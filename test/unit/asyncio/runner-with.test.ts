// `with asyncio.Runner() as runner:` as emitted (py.enter / await py.exit): leaving the block closes
// the runner before the next statement, so a new loop can run after it. Expected output recorded
// from CPython 3.11.7 on the Python below.

import { expect, test } from "vitest";
import { async_def, asyncio } from "../../../runtime/asyncio/index.js";
import { print, py } from "../../../runtime/builtins/index.js";
import { run } from "./harness.js";

/*
async def job(n):
    await asyncio.sleep(0.1)
    return n * 2

with asyncio.Runner() as runner:
    print(runner.run(job(1)))
    print(runner.run(job(2)))

loop = asyncio.new_event_loop()
print(loop.run_until_complete(job(3)))
loop.close()
print(asyncio.run(job(4)))
*/
const CPYTHON = "2\n4\n6\n8\n";

const job = async_def(async function job(n: number) {
  await asyncio.sleep(0.1);
  return n * 2;
});

async function program(): Promise<void> {
  const runnerCm = new asyncio.Runner();
  const runner = py.enter(runnerCm);
  let thrown = false;
  try {
    print(await runner.run(job(1)));
    print(await runner.run(job(2)));
  } catch (e) {
    thrown = true;
    if (!(await py.exit(runnerCm, e))) throw e;
  } finally {
    if (!thrown) await py.exit(runnerCm, null);
  }
  const loop = asyncio.new_event_loop();
  print(await loop.run_until_complete(job(3)));
  loop.close();
  print(await asyncio.run(job(4)));
}

test("a Runner used in `with` is closed before the next loop runs", async () => {
  const r = await run(program);
  expect(r.stderr).toBe("");
  expect(r.stdout).toBe(CPYTHON);
});
