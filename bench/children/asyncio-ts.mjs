// Benchmark child: runs one workload with asyncio-ts's library API (`run()` from dist-lib, virtual
// clock) and prints one JSON line: ms from the program's first output to the end of the run.
import { readFileSync } from "node:fs";
import { run } from "../../dist-lib/src/index.js";

const program = process.argv[2];
const source = readFileSync(program, "utf8");
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
console.log(
  JSON.stringify({
    ms: end - (first ?? begin),
    totalMs: end - begin,
    stdout: result.stdout,
    stderr: result.stderr,
    exitCode: result.exitCode,
  }),
);
