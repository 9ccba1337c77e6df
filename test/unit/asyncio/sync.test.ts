import { describe, expect, test } from "vitest";
import { async_def, asyncio } from "../../../runtime/asyncio/index.js";
import { ExceptionGroup, ValueError } from "../../../runtime/builtins/exceptions.js";
import { flt, print, pyrepr, run } from "./harness.js";

async function asyncWith<T>(
  cm: { __aenter__(): PromiseLike<unknown>; __aexit__(...a: unknown[]): PromiseLike<unknown> },
  body: (v: unknown) => Promise<T>,
): Promise<T> {
  const value = await cm.__aenter__();
  let result: T;
  try {
    result = await body(value);
  } catch (e) {
    if (!(await cm.__aexit__((e as object).constructor, e, null))) throw e;
    return undefined as T;
  }
  await cm.__aexit__(null, null, null);
  return result;
}

// Expected outputs recorded with python3 3.11.7 through test/reference/runner.py (virtual clock).
describe("TaskGroup, Semaphore, Lock, Event, futures, shield", () => {
  test("orders match CPython", async () => {
    const ok = async_def(async function ok(n: number) {
      try {
        await asyncio.sleep(n);
        print("ok", n);
        return n;
      } finally {
        print("ok finally", n);
      }
    });
    const bad = async_def(async function bad(n: number) {
      await asyncio.sleep(n);
      throw new ValueError(`bad${n}`);
    });
    const main = async_def(async function main() {
      let a: ReturnType<typeof asyncio.create_task> | undefined;
      let b: typeof a;
      await asyncWith(new asyncio.TaskGroup(), async (tg) => {
        const g = tg as InstanceType<typeof asyncio.TaskGroup>;
        a = g.create_task(ok(1));
        b = g.create_task(ok(2));
      });
      print(a?.result(), b?.result());
      try {
        await asyncWith(new asyncio.TaskGroup(), async (tg) => {
          const g = tg as InstanceType<typeof asyncio.TaskGroup>;
          g.create_task(ok(5));
          g.create_task(bad(1));
          g.create_task(bad(1));
        });
      } catch (e) {
        if (!(e instanceof ExceptionGroup)) throw e;
        print("caught", `(${e.exceptions.map(pyrepr).join(", ")})`);
      }
      const sem = new asyncio.Semaphore(2);
      const lock = new asyncio.Lock();
      const limited = async_def(async function limited(i: number) {
        await asyncWith(sem, async () => {
          print("in", i, flt(asyncio.get_running_loop().time()));
          await asyncio.sleep(1);
        });
        await asyncWith(lock, async () => {
          print("locked", i);
          await asyncio.sleep(0.1);
        });
      });
      await asyncio.gather(...[0, 1, 2, 3].map((i) => limited(i)));
      const ev = new asyncio.Event();
      const waiter = async_def(async function waiter(i: number) {
        await ev.wait();
        print("woke", i);
      });
      const ts = [0, 1, 2].map((i) => asyncio.create_task(waiter(i)));
      await asyncio.sleep(0.5);
      ev.set();
      await asyncio.gather(...ts);
      const fut = asyncio.get_running_loop().create_future();
      asyncio.get_running_loop().call_later(0.2, fut.set_result.bind(fut), "fut done");
      print(await fut);
      print(await asyncio.shield(ok(0.1)));
    });
    const result = await run(() => asyncio.run(main()));
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      [
        "ok 1",
        "ok finally 1",
        "ok 2",
        "ok finally 2",
        "1 2",
        "ok finally 5",
        "caught (ValueError('bad1'), ValueError('bad1'))",
        "in 0 3.0",
        "in 1 3.0",
        "locked 0",
        "in 2 4.0",
        "in 3 4.0",
        "locked 1",
        "locked 2",
        "locked 3",
        "woke 0",
        "woke 1",
        "woke 2",
        "fut done",
        "ok 0.1",
        "ok finally 0.1",
        "0.1",
        "",
      ].join("\n"),
    );
  });
});
