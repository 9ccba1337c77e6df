// An async generator dropped unfinished by `async for` over a temporary is closed by a task the loop
// creates on its next iteration (CPython's finalizer hook); one held in a variable is not.
// Expected output recorded from CPython 3.11.7 (test/reference/runner.py) on the Python below.

import { expect, test } from "vitest";
import { async_def, async_gen, asyncio } from "../../../runtime/asyncio/index.js";
import { print, py, range } from "../../../runtime/builtins/index.js";
import { run } from "./harness.js";

/*
async def ticks(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print("ticks closed")

async def other(name):
    print(name, "start")
    await asyncio.sleep(0)
    print(name, "step")

async def main():
    async for v in ticks(5):
        print("tick", v)
        if v >= 1:
            break
    t = asyncio.create_task(other("B"))
    print("after break")
    await asyncio.sleep(0)
    print("main resumed")
    await t
    g = ticks(5)
    async for v in g:
        break
    print("held", await g.__anext__())
    await asyncio.sleep(0.5)
    print("main done", asyncio.current_task().get_name())

asyncio.run(main())
*/
const CPYTHON = `tick 0
tick 1
after break
B start
main resumed
ticks closed
B step
held 1
main done Task-1
ticks closed
`;

const ticks = async_gen(async function* ticks(n: number) {
  try {
    for (const i of range(n)) {
      await asyncio.sleep(0.1);
      yield i;
    }
  } finally {
    print("ticks closed");
  }
});

const other = async_def(async function other(name: string) {
  print(name, "start");
  await asyncio.sleep(0);
  print(name, "step");
});

const main = async_def(async function main() {
  for await (const v of py.aiter(ticks(5), true)) {
    print("tick", v);
    if (v >= 1) break;
  }
  const t = asyncio.create_task(other("B"));
  print("after break");
  await asyncio.sleep(0);
  print("main resumed");
  await t;
  const g = ticks(5);
  for await (const _ of py.aiter(g)) break;
  print("held", await g.__anext__());
  await asyncio.sleep(0.5);
  print("main done", asyncio.current_task()!.get_name());
});

test("break out of async for closes a temporary generator on the next loop iteration", async () => {
  const r = await run(() => asyncio.run(main()));
  expect(r.stderr).toBe("");
  expect(r.stdout).toBe(CPYTHON);
});

/*
async def ticks(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("ticks closed")

async def main():
    async for v in ticks(4):
        if v >= 2:
            break
    print("main end")

asyncio.run(main())
print("done")
*/
const CPYTHON_AT_END = "main end\nticks closed\ndone\n";

const quickTicks = async_gen(async function* ticks(n: number) {
  try {
    for (const i of range(n)) yield i;
  } finally {
    print("ticks closed");
  }
});

const mainThenEnd = async_def(async function main() {
  for await (const v of py.aiter(quickTicks(4), true)) {
    if (v >= 2) break;
  }
  print("main end");
});

test("a generator abandoned just before main returns is still closed by asyncio.run", async () => {
  const r = await run(async () => {
    await asyncio.run(mainThenEnd());
    print("done");
  });
  expect(r.stdout).toBe(CPYTHON_AT_END);
});
