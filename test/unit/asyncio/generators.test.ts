import { describe, expect, test } from "vitest";
import { async_def, async_gen, asyncio } from "../../../runtime/asyncio/index.js";
import { KeyError, StopAsyncIteration, ValueError } from "../../../runtime/builtins/exceptions.js";
import * as contextlib from "../../../runtime/stdlib/contextlib.js";
import * as inspect from "../../../runtime/stdlib/inspect.js";
import * as time from "../../../runtime/stdlib/time.js";
import { flt, print, pyrepr, run } from "./harness.js";

type ACM = { __aenter__(): PromiseLike<unknown>; __aexit__(...a: unknown[]): PromiseLike<unknown> };
type CM = { __enter__(): unknown; __exit__(...a: unknown[]): unknown };

async function asyncWith(cm: ACM, body: (v: unknown) => Promise<void>): Promise<void> {
  const value = await cm.__aenter__();
  try {
    await body(value);
  } catch (e) {
    if (!(await cm.__aexit__((e as object).constructor, e, null))) throw e;
    return;
  }
  await cm.__aexit__(null, null, null);
}

function withBlock(cm: CM, body: (v: unknown) => void): void {
  const value = cm.__enter__();
  try {
    body(value);
  } catch (e) {
    if (!cm.__exit__((e as object).constructor, e, null)) throw e;
    return;
  }
  cm.__exit__(null, null, null);
}

async function* aiter<T>(g: { __anext__(): PromiseLike<T> }): AsyncGenerator<T> {
  for (;;) {
    try {
      yield await g.__anext__();
    } catch (e) {
      if (e instanceof StopAsyncIteration) return;
      throw e;
    }
  }
}

// Expected outputs recorded with python3 3.11.7 through test/reference/runner.py (virtual clock).
describe("async generators, context managers, inspect, queues, Condition, time", () => {
  test("matches CPython", async () => {
    const ticker = async_gen(async function* ticker(n: number) {
      try {
        for (let i = 0; i < n; i++) {
          await asyncio.sleep(0.5);
          yield i;
        }
      } finally {
        print("ticker closed");
      }
    });
    const resource = contextlib.asynccontextmanager(
      async_gen(async function* resource(name: string) {
        print("open", name);
        try {
          yield name.toUpperCase();
        } finally {
          print("close", name);
        }
      }),
    );
    const sync_res = contextlib.contextmanager(function* sync_res() {
      print("enter sync");
      yield 42;
      print("exit sync");
    });
    const main = async_def(async function main() {
      for await (const i of aiter(ticker(3)))
        print("tick", i, flt(asyncio.get_running_loop().time()));
      await asyncWith(resource("db"), async (r) => print("using", r));
      try {
        await asyncWith(resource("bad"), async () => {
          throw new ValueError("inside");
        });
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        print("propagated", e.message);
      }
      withBlock(sync_res(), (v) => print("sync value", v));
      withBlock(contextlib.suppress(KeyError), () => {
        throw new KeyError("x");
      });
      print("suppressed");
      const g = ticker(10);
      print(await g.__anext__(), await g.__anext__());
      print(
        pyrepr(inspect.iscoroutinefunction(main)),
        pyrepr(inspect.iscoroutinefunction(sync_res)),
        pyrepr(inspect.isawaitable(asyncio.sleep(0))),
      );
      const pq = new asyncio.PriorityQueue<[number, string]>();
      for (const item of [
        [3, "c"],
        [1, "a"],
        [2, "b"],
      ] as [number, string][])
        pq.put_nowait(item);
      const lq = new asyncio.LifoQueue<number>();
      for (let i = 0; i < 3; i++) lq.put_nowait(i);
      const pqs = [0, 1, 2].map(() => pq.get_nowait());
      print(
        `[${pqs.map(([p, s]) => `(${p}, '${s}')`).join(", ")}]`,
        [0, 1, 2].map(() => lq.get_nowait()),
      );
      const bs = new asyncio.BoundedSemaphore(1);
      try {
        bs.release();
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        print("bounded:", e.message);
      }
      const cond = new asyncio.Condition();
      const consumer = async_def(async function consumer(i: number) {
        await asyncWith(cond, async () => {
          await cond.wait();
          print("consumer", i, "notified");
        });
      });
      const cs = [0, 1, 2].map((i) => asyncio.create_task(consumer(i)));
      await asyncio.sleep(0);
      await asyncWith(cond, async () => cond.notify(2));
      await asyncio.sleep(0);
      await asyncWith(cond, async () => cond.notify_all());
      await asyncio.gather(...cs);
      print(
        time.strftime("%Y-%m-%d %H:%M:%S %a %j"),
        time.localtime().tm_yday,
        time.time_ns(),
        time.monotonic_ns(),
      );
    });
    const result = await run(async () => {
      await asyncio.run(main());
      print("end");
    });
    expect(result.stdout).toBe(
      [
        "tick 0 0.5",
        "tick 1 1.0",
        "tick 2 1.5",
        "ticker closed",
        "open db",
        "using DB",
        "close db",
        "open bad",
        "close bad",
        "propagated inside",
        "enter sync",
        "sync value 42",
        "exit sync",
        "suppressed",
        "0 1",
        "True False True",
        "[(1, 'a'), (2, 'b'), (3, 'c')] [2, 1, 0]",
        "bounded: BoundedSemaphore released too many times",
        "consumer 0 notified",
        "consumer 1 notified",
        "consumer 2 notified",
        "2025-01-01 10:30:02 Wed 001 1 1735727402500000000 2500000000",
        "ticker closed",
        "end",
        "",
      ].join("\n"),
    );
    expect(result.stderr).toContain("RuntimeWarning: coroutine 'sleep' was never awaited");
    expect(result.exitCode).toBe(0);
  });
});

describe("custom awaitables (__await__)", () => {
  // Recorded with python3 3.11.7 (examples/002_awaitables.py, last part).
  test("async_def.awaitable(Cls) drives a generator __await__; ensure_future accepts it", async () => {
    class Ticket {
      constructor(readonly number: number) {}
      *__await__(): Generator<unknown, string, unknown> {
        yield* asyncio.sleep(0.1).__await__();
        return `ticket ${this.number} served`;
      }
    }
    async_def.awaitable(Ticket);
    const main = async_def(async function main() {
      print(await (new Ticket(7) as unknown as PromiseLike<string>));
      print(await asyncio.ensure_future(new Ticket(8)), flt(asyncio.get_running_loop().time()));
    });
    const result = await run(() => asyncio.run(main()));
    expect(result.stdout).toBe("ticket 7 served\nticket 8 served 0.2\n");
  });
});
