import { describe, expect, test } from "vitest";
import { async_def, asyncio } from "../../../runtime/asyncio/index.js";
import * as time from "../../../runtime/stdlib/time.js";
import { print, run } from "./harness.js";

describe("real clock", () => {
  test("same ordering as the virtual clock; sleeps take real time; time.sleep blocks", async () => {
    const worker = async_def(async function worker(name: string, delay: number) {
      await asyncio.sleep(delay);
      print(name);
    });
    const main = async_def(async function main() {
      const start = time.monotonic();
      await asyncio.gather(worker("slow", 0.06), worker("fast", 0.02), worker("mid", 0.04));
      const elapsed = time.monotonic() - start;
      print(elapsed >= 0.055 && elapsed < 1 ? "took about 0.06 s" : `took ${elapsed}`);
      const before = time.monotonic();
      time.sleep(0.03);
      print(time.monotonic() - before >= 0.029 ? "blocked" : "did not block");
    });
    const result = await run(() => asyncio.run(main()), { clock: "real" });
    expect(result.stdout).toBe("fast\nmid\nslow\ntook about 0.06 s\nblocked\n");
    expect(result.exitCode).toBe(0);
  });
});
