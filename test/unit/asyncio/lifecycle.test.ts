import { describe, expect, test } from "vitest";
import { async_def, asyncio } from "../../../runtime/asyncio/index.js";
import { KeyError, SystemExit, ValueError } from "../../../runtime/builtins/exceptions.js";
import * as sys from "../../../runtime/stdlib/sys.js";
import * as time from "../../../runtime/stdlib/time.js";
import { flt, print, run } from "./harness.js";

// Expected outputs recorded with python3 3.11.7 through test/reference/runner.py (virtual clock).
describe("program lifecycle", () => {
  test("time.sleep blocks the loop; unretrieved task exception and never-awaited coroutine reported", async () => {
    const boom = async_def(async function boom() {
      throw new ValueError("boom");
    });
    const blocker = async_def(async function blocker(name: string) {
      print(name, "start", flt(time.monotonic()));
      time.sleep(1.5);
      print(name, "end", flt(time.monotonic()));
      await asyncio.sleep(0);
    });
    const main = async_def(async function main() {
      asyncio.create_task(boom());
      asyncio.sleep(3);
      await asyncio.gather(blocker("a"), blocker("b"));
      print("after", flt(time.monotonic()), flt(time.time()));
      print(time.strftime("%H:%M:%S"), time.ctime());
    });
    const result = await run(async () => {
      await asyncio.run(main());
      print("end");
    });
    expect(result.stdout).toBe(
      [
        "a start 0.0",
        "a end 1.5",
        "b start 1.5",
        "b end 3.0",
        "after 3.0 1735727403.0",
        "10:30:03 Wed Jan  1 10:30:03 2025",
        "end",
        "",
      ].join("\n"),
    );
    const err = result.stderr.split("\n");
    expect(err[0]).toBe("Task exception was never retrieved");
    expect(err[1]).toMatch(
      /^future: <Task finished name='Task-2' coro=<boom\(\) done.*> exception=ValueError\('boom'\)>$/,
    );
    expect(err.slice(-5)).toEqual([
      "ValueError: boom",
      "<stdlib>/asyncio/events.py:80: RuntimeWarning: coroutine 'sleep' was never awaited",
      "  self._context.run(self._callback, *self._args)",
      "RuntimeWarning: Enable tracemalloc to get the object allocation traceback",
      "",
    ]);
    expect(result.exitCode).toBe(0);
    expect(
      result.events.filter((e) => e.kind === "blocking-sleep").map((e) => [e.time, e.duration]),
    ).toEqual([
      [0, 1.5],
      [1.5, 1.5],
    ]);
  });

  test("deadlock: stderr line, exit 3 at once, no finally", async () => {
    const main = async_def(async function main() {
      print("before");
      try {
        await new asyncio.Event().wait();
      } finally {
        print("finally must not run");
      }
    });
    const result = await run(() => asyncio.run(main()));
    expect(result.stdout).toBe("before\n");
    expect(result.stderr).toBe(
      "deadlock: nothing is ready and no timer is pending; Task-1 wait forever\n",
    );
    expect(result.exitCode).toBe(3);
  });

  test("--max-time: virtual time limit exceeded, exit 4", async () => {
    const main = async_def(async function main() {
      for (;;) {
        print("tick", flt(asyncio.get_running_loop().time()));
        await asyncio.sleep(1);
      }
    });
    const result = await run(() => asyncio.run(main()), { maxTime: 2.5 });
    expect(result.stdout).toBe("tick 0.0\ntick 1.0\ntick 2.0\n");
    expect(result.stderr).toBe("virtual time limit exceeded\n");
    expect(result.exitCode).toBe(4);
  });

  test("uncaught exception: traceback's last line, exit 1; SystemExit codes", async () => {
    const main = async_def(async function main() {
      throw new KeyError("final");
    });
    const failed = await run(() => asyncio.run(main()));
    expect(failed.stderr.split("\n").slice(-2)).toEqual(["KeyError: 'final'", ""]);
    expect(failed.exitCode).toBe(1);
    expect((await run(async () => sys.exit(5))).exitCode).toBe(5);
    expect((await run(async () => sys.exit())).exitCode).toBe(0);
    const text = await run(async () => {
      throw new SystemExit("bye");
    });
    expect([text.stderr, text.exitCode]).toEqual(["bye\n", 1]);
  });

  test("never-awaited coroutine at module level (no loop): sys:1 warning at exit", async () => {
    const greet = async_def(async function greet() {
      print("never");
    });
    const result = await run(async () => {
      const c = greet();
      print(c.__repr__().replace(/0x[0-9a-f]+/, "0x…"));
    });
    expect(result.stdout).toBe("<coroutine object greet at 0x…>\n");
    expect(result.stderr).toBe("sys:1: RuntimeWarning: coroutine 'greet' was never awaited\n");
  });
});

describe("callbacks", () => {
  // CPython also prints " at FILE:LINE" after plain-function callbacks and the frames; we know neither.
  test("an exception in a callback is logged and the loop goes on (CPython's default handler)", async () => {
    function bad(x: number): void {
      throw new ValueError(String(x));
    }
    const main = async_def(async function main() {
      const loop = asyncio.get_running_loop();
      print(loop.call_soon(bad, 1).__repr__());
      print(loop.call_later(1, bad, 2).__repr__());
      await asyncio.sleep(2);
      print("after");
    });
    const result = await run(() => asyncio.run(main()));
    expect(result.stdout).toBe("<Handle bad(1)>\n<TimerHandle when=1.0 bad(2)>\nafter\n");
    expect(result.stderr).toBe(
      [
        "Exception in callback bad(1)",
        "handle: <Handle bad(1)>",
        "ValueError: 1",
        "Exception in callback bad(2)",
        "handle: <TimerHandle when=1.0 bad(2)>",
        "ValueError: 2",
        "",
      ].join("\n"),
    );
  });
});

describe("seed", () => {
  test("runProgram seeds random as CPython does (--seed 7)", async () => {
    const { random } = await import("../../../runtime/stdlib/index.js");
    const result = await run(
      async () => print(String(random.random()), String(random.randint(1, 10))),
      { seed: 7 },
    );
    expect(result.stdout).toBe("0.32383276483316237 3\n");
  });
});

describe("SystemExit inside the loop", () => {
  // Recorded with python3 3.11.7 (test/reference/runner.py): exit 3, finally blocks run, no report.
  test("sys.exit(3) in an awaited coroutine ends asyncio.run after cleanup", async () => {
    const bg = async_def(async function bg() {
      try {
        await asyncio.sleep(10);
      } finally {
        print("bg finally");
      }
    });
    const quitter = async_def(async function quitter() {
      await asyncio.sleep(1);
      print("quitting");
      sys.exit(3);
    });
    const main = async_def(async function main() {
      asyncio.create_task(bg());
      try {
        await quitter();
      } finally {
        print("main finally");
      }
    });
    const result = await run(async () => {
      await asyncio.run(main());
      print("not reached");
    });
    expect([result.stdout, result.stderr, result.exitCode]).toEqual([
      "quitting\nmain finally\nbg finally\n",
      "",
      3,
    ]);
  });
});

describe("abandoned runs", () => {
  test("time.sleep past --max-time stops at once: nothing printed after, even from finally", async () => {
    const main = async_def(async function main() {
      try {
        print("before");
        time.sleep(5);
        print("after sleep");
      } finally {
        print("finally");
      }
    });
    const result = await run(() => asyncio.run(main()), { maxTime: 2 });
    expect([result.stdout, result.stderr, result.exitCode]).toEqual([
      "before\n",
      "virtual time limit exceeded\n",
      4,
    ]);
    const next = await run(async () => print("next run"));
    expect([next.stdout, next.exitCode]).toEqual(["next run\n", 0]);
  });
});

describe("tracebacks", () => {
  test("an exception crossing gather() shows the awaiting coroutine's frame before the raiser's", async () => {
    const level2 = async_def(async function level2(n: number) {
      await asyncio.sleep(0.1 * n);
      if (n === 2) throw new KeyError(`missing ${n}`);
      return n;
    });
    const main = async_def(async function main() {
      await asyncio.gather(level2(1), level2(2));
    });
    // A stand-in source map: JS line N of this test file is "Python" line N.
    const sourceMap = {
      pyLineOf: (line: number) => line,
      pyLines: Array.from({ length: 2000 }, (_, i) => `line ${i + 1}`),
    };
    const result = await run(() => asyncio.run(main()), { sourceMap });
    const names = [...result.stderr.matchAll(/, in (\w+)\n/g)].map((m) => m[1]);
    expect(names.indexOf("main")).toBeGreaterThanOrEqual(0);
    expect(names.indexOf("main")).toBeLessThan(names.indexOf("level2"));
    expect(result.stderr.endsWith("KeyError: 'missing 2'\n")).toBe(true);
  });
});
