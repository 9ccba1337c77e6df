import { describe, expect, test } from "vitest";
import { async_def, asyncio } from "../../../runtime/asyncio/index.js";
import { TimeoutError, ValueError } from "../../../runtime/builtins/exceptions.js";
import { flt, print, pyrepr, run } from "./harness.js";

// Expected outputs recorded with python3 3.11.7 through test/reference/runner.py (virtual clock).
describe("cancellation, gather errors, wait_for and timeout", () => {
  test("cancel runs finally; gather propagates the first error; timeouts fire at the right time", async () => {
    const victim = async_def(async function victim() {
      try {
        print("victim sleeping");
        await asyncio.sleep(10);
      } catch (e) {
        if (e instanceof asyncio.CancelledError) {
          print("victim cancelled", pyrepr(e));
          throw e;
        }
        throw e;
      } finally {
        print("victim finally");
      }
    });
    const failing = async_def(async function failing(n: number) {
      await asyncio.sleep(n);
      throw new ValueError(`bad ${n}`);
    });
    const main = async_def(async function main() {
      const t = asyncio.create_task(victim());
      await asyncio.sleep(1);
      print(pyrepr(t.cancel("stop")));
      try {
        await t;
      } catch (e) {
        if (!(e instanceof asyncio.CancelledError)) throw e;
        print("main saw", pyrepr(e), pyrepr(t.cancelled()));
      }
      try {
        await asyncio.gather(failing(0.2), failing(0.1), asyncio.sleep(1));
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        print("gather raised", e.message);
      }
      print(
        await asyncio.gather(failing(0.1), asyncio.sleep(0.2, "ok"), { return_exceptions: true }),
      );
      try {
        await asyncio.wait_for(asyncio.sleep(5), { timeout: 0.5 });
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("wait_for timed out at", flt(asyncio.get_running_loop().time()));
      }
      try {
        const cm = asyncio.timeout(0.25);
        await cm.__aenter__();
        try {
          await asyncio.sleep(1);
        } catch (e) {
          await cm.__aexit__((e as object).constructor, e, null);
          throw e;
        }
        await cm.__aexit__(null, null, null);
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("timeout block at", flt(asyncio.get_running_loop().time()));
      }
      print(await asyncio.wait_for(asyncio.sleep(0.1, "fast"), 1));
    });
    const result = await run(() => asyncio.run(main()));
    expect(result.stdout).toBe(
      [
        "victim sleeping",
        "True",
        "victim cancelled CancelledError('stop')",
        "victim finally",
        "main saw CancelledError('stop') True",
        "gather raised bad 0.1",
        "[ValueError('bad 0.1'), 'ok']",
        "wait_for timed out at 1.8",
        "timeout block at 2.05",
        "fast",
        "",
      ].join("\n"),
    );
    expect(result.exitCode).toBe(0);
  });
});

describe("keyword arguments as a trailing object", () => {
  // Recorded with python3 3.11.7 (test/reference/runner.py); gather reports the task's own (empty) message.
  test("cancel(msg=), sleep(delay=, result=), Semaphore(value=), Queue(maxsize=)", async () => {
    const main = async_def(async function main() {
      const t = asyncio.create_task(asyncio.sleep({ delay: 5 }));
      await asyncio.sleep(0);
      t.cancel({ msg: "why" });
      print(pyrepr((await asyncio.gather(t, { return_exceptions: true }))[0]));
      print(
        await asyncio.sleep({ delay: 0.5, result: "r" }),
        flt(asyncio.get_running_loop().time()),
      );
      const sem = new asyncio.Semaphore({ value: 2 });
      print(pyrepr(sem.locked()), sem._value);
      const q = new asyncio.Queue({ maxsize: 1 });
      q.put_nowait(1);
      print(pyrepr(q.full()));
    });
    const result = await run(() => asyncio.run(main()));
    expect(result.stdout).toBe("CancelledError('')\nr 0.5\nFalse 2\nTrue\n");
  });
});
