// Section 1, event-loop throughput: each workload of bench/workloads/ run by CPython (plain asyncio
// and the reference runner), by asyncio-ts and by its native JS twin in bench/native/, one fresh
// process per sample, variants interleaved round by round so that load drift hits them alike.
import { runJson } from "./processes.mjs";
import { median, minimum } from "./stats.mjs";

/** The workloads: Python program, native twin, and whether plain CPython can run it (no real sleeps). */
export const WORKLOADS = [
  {
    name: "gather",
    title: "gather 100k coroutines × 2 sleep(0)",
    plainPython: true,
  },
  { name: "queue", title: "10k tasks ping-pong via Queue (100k hops)", plainPython: true },
  { name: "timers", title: "10k tasks × 2 sleep(random 0–5 s)", plainPython: false },
  { name: "churn", title: "create_task/cancel churn (100 × 100 tasks)", plainPython: true },
];

/** The ways a workload is run; `python` ones are left out when python3 is missing. */
export const VARIANTS = [
  { id: "cpython", label: "CPython asyncio", python: true },
  { id: "reference", label: "CPython reference runner (virtual)", python: true },
  { id: "asyncio-ts", label: "asyncio-ts run() (virtual)", python: false },
  { id: "native-immediate", label: "native JS (setImmediate)", python: false },
  { id: "native-microtask", label: "native JS (await null)", python: false },
];

function command(variant, workload) {
  const py = `bench/workloads/${workload.name}.py`;
  const js = `bench/native/${workload.name}.mjs`;
  switch (variant.id) {
    case "cpython":
      return workload.plainPython ? ["python3", ["bench/children/cpython.py", "plain", py]] : null;
    case "reference":
      return ["python3", ["bench/children/cpython.py", "virtual", py]];
    case "asyncio-ts":
      return [process.execPath, ["bench/children/asyncio-ts.mjs", py]];
    case "native-immediate":
      return [process.execPath, ["bench/children/native.mjs", js, "setImmediate"]];
    default:
      return [process.execPath, ["bench/children/native.mjs", js, "null"]];
  }
}

/**
 * Runs every workload × variant `runs` times and returns, per workload, per variant, the samples
 * (ms from the program's first output to its end; for asyncio-ts also `totalMs`, which includes
 * transpile and esbuild), any output that differed from the first variant's, and failed runs
 * (a non-zero exit status: their times are left out).
 */
export function benchLoop({ runs, hasPython, only, log }) {
  const workloads = WORKLOADS.filter((w) => only === undefined || only.includes(w.name));
  const variants = VARIANTS.filter((v) => hasPython || !v.python);
  const results = new Map(
    workloads.map((w) => [
      w.name,
      {
        workload: w,
        samples: new Map(),
        totals: new Map(),
        stdout: new Map(),
        failures: new Map(),
      },
    ]),
  );
  for (let round = 1; round <= runs; round++) {
    for (const workload of workloads) {
      const entry = results.get(workload.name);
      for (const variant of variants) {
        const cmd = command(variant, workload);
        if (cmd === null) continue;
        const result = runJson(cmd[0], cmd[1]);
        if ((result.exitCode ?? 0) !== 0) {
          const why = `exit ${result.exitCode}: ${result.stderr.trim().split("\n").at(-1)}`;
          log(`  round ${round}/${runs} ${workload.name} ${variant.id}: FAILED (${why})`);
          entry.failures.set(variant.id, why);
          continue;
        }
        log(`  round ${round}/${runs} ${workload.name} ${variant.id}: ${Math.round(result.ms)} ms`);
        if (!entry.samples.has(variant.id)) entry.samples.set(variant.id, []);
        if (!entry.totals.has(variant.id)) entry.totals.set(variant.id, []);
        entry.samples.get(variant.id).push(result.ms);
        entry.totals.get(variant.id).push(result.totalMs);
        entry.stdout.set(variant.id, result.stdout);
      }
    }
  }
  return [...results.values()].map((entry) => summarize(entry, variants));
}

function summarize(entry, variants) {
  const stats = {};
  for (const variant of variants) {
    const samples = entry.samples.get(variant.id);
    if (samples === undefined) continue;
    stats[variant.id] = {
      median: median(samples),
      min: minimum(samples),
      totalMedian: median(entry.totals.get(variant.id)),
      samples,
    };
  }
  const outputs = [...entry.stdout.entries()];
  const mismatches = outputs.filter(([, out]) => out !== outputs[0][1]).map(([id]) => id);
  return {
    workload: entry.workload,
    stats,
    mismatches,
    failures: [...entry.failures.entries()],
    expected: outputs[0]?.[1] ?? "",
  };
}
