import { describe, expect, test } from "vitest";
import { async_def, asyncio } from "../../../runtime/asyncio/index.js";
import type { Task } from "../../../runtime/asyncio/task.js";
import { flt, print, run } from "./harness.js";

const names = (tasks: Iterable<Task<unknown>>) =>
  `[${[...tasks].map((t) => `'${t.get_name()}'`).join(", ")}]`;

// Expected outputs recorded with python3 3.11.7 through test/reference/runner.py (virtual clock).
describe("wait, as_completed, Queue.join", () => {
  test("orders: wait sets in argument order, as_completed by completion, queue workers FIFO", async () => {
    const job = async_def(async function job(name: string, d: number) {
      await asyncio.sleep(d);
      return name;
    });
    const main = async_def(async function main() {
      const tasks = [
        ["t3", 3],
        ["t1", 1],
        ["t2", 2],
      ].map(([n, d]) => asyncio.create_task(job(n as string, d as number), { name: n }));
      let [done, pending] = (await asyncio.wait(tasks, {
        return_when: asyncio.FIRST_COMPLETED,
      })) as Set<Task>[];
      print(names(done), names(pending));
      [done, pending] = (await asyncio.wait(tasks, { timeout: 1.5 })) as Set<Task>[];
      print(names(done), names(pending));
      for (const c of asyncio.as_completed([job("c", 0.3), job("a", 0.1), job("b", 0.2)])) {
        print("as_completed", await c);
      }
      const q = new asyncio.Queue<number>();
      const consumer = async_def(async function consumer(i: number) {
        while (true) {
          const item = await q.get();
          print(`consumer ${i} got ${item} at ${flt(asyncio.get_running_loop().time())}`);
          await asyncio.sleep(0.5);
          q.task_done();
        }
      });
      const workers = [0, 1].map((i) => asyncio.create_task(consumer(i)));
      for (let i = 0; i < 5; i++) q.put_nowait(i);
      await q.join();
      print("joined at", flt(asyncio.get_running_loop().time()));
      for (const w of workers) w.cancel();
      print(await asyncio.gather(...workers, { return_exceptions: true }));
      print(asyncio.all_tasks().size, asyncio.current_task()?.get_name());
    });
    const result = await run(() => asyncio.run(main()));
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      [
        "['t1'] ['t3', 't2']",
        "['t1', 't2'] ['t3']",
        "as_completed a",
        "as_completed b",
        "as_completed c",
        "consumer 0 got 0 at 2.8",
        "consumer 1 got 1 at 2.8",
        "consumer 0 got 2 at 3.3",
        "consumer 1 got 3 at 3.3",
        "consumer 0 got 4 at 3.8",
        "joined at 4.3",
        "[CancelledError(''), CancelledError('')]",
        "1 Task-1",
        "",
      ].join("\n"),
    );
    expect(result.exitCode).toBe(0);
  });
});
