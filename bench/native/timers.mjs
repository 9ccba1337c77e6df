// Native JS twin of bench/workloads/timers.py: 10,000 async functions each sleeping twice for
// random delays (0–5 s) on the hand-written virtual clock of virtual-time.mjs.
import { VirtualClock } from "./virtual-time.mjs";

const N = 10_000;

/** mulberry32: a small seeded PRNG (the delays need not be CPython's, only random). */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the workload; `print` takes one line. */
export async function main(print) {
  const clock = new VirtualClock();
  const random = seeded(7);
  async function sleeper(first, second) {
    await clock.sleep(first);
    await clock.sleep(second);
    return 1;
  }
  const delays = Array.from({ length: N }, () => [random() * 5, random() * 5]);
  const start = clock.now;
  const results = await clock.drive(Promise.all(delays.map(([a, b]) => sleeper(a, b))));
  const elapsed = clock.now - start;
  print(`timers ${results.reduce((a, b) => a + b, 0)} ${elapsed > 5 ? "True" : "False"}`);
}
