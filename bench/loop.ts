// Event-loop throughput: gather of 100,000 coroutines, each awaiting sleep(0) twice, on the virtual
// clock; prints ms, then runs bench/loop.py with python3 (when present) for comparison.
// Run: npx esbuild bench/loop.ts --bundle --platform=node --format=esm --outfile=/tmp/bench-loop.mjs && node /tmp/bench-loop.mjs
import { execFileSync } from "node:child_process";
import { async_def, asyncio } from "../runtime/asyncio/index.js";
import { runProgram } from "../runtime/program.js";

const N = 100_000;

const worker = async_def(async function worker() {
  await asyncio.sleep(0);
  await asyncio.sleep(0);
});

const main = async_def(async function main() {
  await asyncio.gather(...Array.from({ length: N }, () => worker()));
});

const start = performance.now();
const { exitCode } = await runProgram(() => asyncio.run(main()), {
  clock: "virtual",
  fileName: "bench/loop.py",
  sink: { write() {} },
});
console.log(
  `asyncio-ts (virtual clock): ${(performance.now() - start).toFixed(0)} ms (exit ${exitCode})`,
);

try {
  const py = "bench/loop.py";
  process.stdout.write(execFileSync("python3", [py], { encoding: "utf8" }));
} catch {
  console.log("python3 asyncio: (python3 not available)");
}
