import { describe, expect, test } from "vitest";
import { async_def, asyncio } from "../../../runtime/asyncio/index.js";
import { flt, print, run } from "./harness.js";

// Expected outputs recorded with python3 3.11.7 through test/reference/runner.py (virtual clock).
describe("task ordering on the virtual clock", () => {
  test("create_task starts when the creator suspends; equal delays wake FIFO; gather keeps order", async () => {
    const worker = async_def(async function worker(name: string, delay: number) {
      print(`${name} start ${flt(asyncio.get_running_loop().time())}`);
      await asyncio.sleep(delay);
      print(`${name} end ${flt(asyncio.get_running_loop().time())}`);
      return name;
    });
    const quick = async_def(async function quick() {
      print("quick runs");
      return 1;
    });
    const main = async_def(async function main() {
      const t1 = asyncio.create_task(worker("a", 1));
      const t2 = asyncio.create_task(worker("b", 1));
      print("created");
      const r = await quick();
      print("after quick", r);
      await asyncio.sleep(0);
      print("main resumed");
      print(await t1, await t2);
      print(await asyncio.gather(worker("x", 0.3), worker("y", 0.1), worker("z", 0.2)));
      await asyncio.sleep(0.1);
      await asyncio.sleep(0.2);
      print(flt(asyncio.get_running_loop().time()));
    });
    const result = await run(async () => {
      await asyncio.run(main());
      print("done");
    });
    expect(result.stdout).toBe(
      [
        "created",
        "quick runs",
        "after quick 1",
        "a start 0.0",
        "b start 0.0",
        "main resumed",
        "a end 1.0",
        "b end 1.0",
        "a b",
        "x start 1.0",
        "y start 1.0",
        "z start 1.0",
        "y end 1.1",
        "z end 1.2",
        "x end 1.3",
        "['x', 'y', 'z']",
        "1.6",
        "done",
        "",
      ].join("\n"),
    );
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
  });

  test("timeline events: task lifecycle and prints, stamped with loop time", async () => {
    const child = async_def(async function child() {
      await asyncio.sleep(1);
      print("child");
    });
    const main = async_def(async function main() {
      const t = asyncio.create_task(child());
      await t;
    });
    const result = await run(() => asyncio.run(main()));
    const seen = result.events.map(
      (e) => `${e.time} ${e.kind} ${e.task}${e.awaiting ? ` ${e.awaiting}` : ""}`,
    );
    expect(seen).toEqual([
      "0 task-created 1",
      "0 task-started 1",
      "0 task-created 2",
      "0 task-suspended 1 Task-2",
      "0 task-started 2",
      "0 task-suspended 2 sleep(1)",
      "1 task-resumed 2",
      "1 print 2",
      "1 task-done 2",
      "1 task-resumed 1",
      "1 task-done 1",
    ]);
  });
});

describe("async_def({ async f() {…} }): the name inside the body is the coroutine function", () => {
  test("recursive create_task works and stays lazy", async () => {
    const countdown = async_def({
      async countdown(n: number): Promise<void> {
        if (n > 0) {
          const t = asyncio.create_task(countdown(n - 1));
          print("created", n);
          await t;
          print("done", n);
        }
      },
    });
    const result = await run(() => asyncio.run(countdown(3)));
    expect(result.stdout).toBe("created 3\ncreated 2\ncreated 1\ndone 1\ndone 2\ndone 3\n");
    expect(result.stderr).toBe("");
  });
});

describe("reprs", () => {
  // Recorded with python3 3.11.7 (reprs.py); CPython also shows "running at FILE:LINE" (no source map here).
  test("Task and Future reprs follow the task through its states", async () => {
    const job = async_def(async function job() {
      await asyncio.sleep(1);
      return 5;
    });
    const main = async_def(async function main() {
      const t = asyncio.create_task(job());
      print(t.__repr__());
      await asyncio.sleep(0);
      print(t.__repr__());
      await t;
      print(t.__repr__());
      const f = asyncio.get_running_loop().create_future();
      f.add_done_callback(print);
      print(f.__repr__());
      const t2 = asyncio.create_task(job());
      await asyncio.sleep(0);
      t2.cancel();
      print(t2.__repr__());
      await asyncio.sleep(0);
      print(t2.__repr__());
    });
    const result = await run(() => asyncio.run(main()));
    expect(result.stdout).toBe(
      [
        "<Task pending name='Task-2' coro=<job() running>>",
        "<Task pending name='Task-2' coro=<job() running> wait_for=<Future pending cb=[Task.task_wakeup()]>>",
        "<Task finished name='Task-2' coro=<job() done> result=5>",
        "<Future pending cb=[print()]>",
        "<Task cancelling name='Task-3' coro=<job() running> wait_for=<Future cancelled>>",
        "<Task cancelled name='Task-3' coro=<job() done>>",
        "",
      ].join("\n"),
    );
  });
});

describe("task names", () => {
  // Recorded with python3 3.11.7: asyncio.create_task(name=) takes a Task-N number, then renames.
  test("a named create_task still uses up a Task-N number", async () => {
    const w = async_def(async function w() {
      print(asyncio.current_task()?.get_name());
    });
    const main = async_def(async function main() {
      await asyncio.create_task(w(), { name: "t0" });
      const tg = new asyncio.TaskGroup();
      await tg.__aenter__();
      tg.create_task(w());
      await tg.__aexit__(null, null, null);
      await asyncio.create_task(w());
    });
    const result = await run(() => asyncio.run(main()));
    expect(result.stdout).toBe("t0\nTask-3\nTask-4\n");
  });
});
