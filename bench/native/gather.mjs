// Native JS twin of bench/workloads/gather.py: 100,000 async functions under Promise.all, each
// yielding twice where Python awaits asyncio.sleep(0).
const N = 100_000;

/** Runs the workload; `print` takes one line, `yieldNow()` is awaited where Python sleeps 0. */
export async function main(print, yieldNow) {
  async function worker(i) {
    await yieldNow();
    await yieldNow();
    return i;
  }
  const results = await Promise.all(Array.from({ length: N }, (_, i) => worker(i)));
  print(`gather ${results.length} ${results.reduce((a, b) => a + b, 0)}`);
}
