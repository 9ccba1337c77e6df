// Benchmark child: runs one workload with asyncio-ts's library API (`run()` from dist-lib, virtual
// clock) and prints one JSON line: ms from the program's first output to the end of the run.
// With `--profile FILE` it also writes a V8 CPU profile of the run() call (not Node's start-up).
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { run } from "../../dist-lib/src/index.js";

const [program, flag, profileFile] = process.argv.slice(2);
const source = readFileSync(program, "utf8");
const session = flag === "--profile" ? new Session() : null;
if (session !== null) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
}
let first;
const begin = performance.now();
const result = await run(source, {
  fileName: program,
  clock: "virtual",
  onOutput() {
    first ??= performance.now();
  },
});
const end = performance.now();
if (session !== null) {
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(profileFile, JSON.stringify(profile));
  session.disconnect();
}
console.log(
  JSON.stringify({
    ms: end - (first ?? begin),
    totalMs: end - begin,
    stdout: result.stdout,
    stderr: result.stderr,
    exitCode: result.exitCode,
  }),
);
