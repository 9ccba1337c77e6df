// Native JS twin of bench/workloads/churn.py: 100 rounds of 100 async functions blocked on an
// abortable one-hour setTimeout, each aborted through its AbortController (JS's cancellation idiom).
const ROUNDS = 100;
const BATCH = 100;

function abortableSleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

async function worker(signal) {
  await abortableSleep(3_600_000, signal);
  return 1;
}

/** Runs the workload; `print` takes one line, `yieldNow()` is awaited where Python sleeps 0. */
export async function main(print, yieldNow) {
  let cancelled = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const controllers = Array.from({ length: BATCH }, () => new AbortController());
    const tasks = controllers.map((c) => worker(c.signal));
    await yieldNow();
    for (const c of controllers) c.abort();
    const results = await Promise.allSettled(tasks);
    cancelled += results.filter(
      (r) => r.status === "rejected" && r.reason.name === "AbortError",
    ).length;
  }
  print(`churn ${cancelled}`);
}
