// Differential check of any Python program: CPython under the reference runner vs asyncio-ts on
// the virtual clock, compared like the conformance test (stdout, exit status, stderr less CPython's
// stdlib frames). Usage: node scripts/diffcheck.mjs [--epoch ISO] [--seed N] [--max-time S] FILE.py...
// Needs python3 and the built CLI (npm run build:lib). Exit status 1 if any program differs.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { STDLIB, withoutStdlibFrames } from "../dist-lib/src/core/cpython-output.js";

const root = join(import.meta.dirname, "..");
const python = process.env.PYTHON ?? "python3";
const TIMEOUT_MS = Number(process.env.DIFFCHECK_TIMEOUT_MS ?? 20_000);

const { values, positionals } = parseArgs({
  options: { epoch: { type: "string" }, seed: { type: "string" }, "max-time": { type: "string" } },
  allowPositionals: true,
});
const options = Object.entries(values).flatMap(([k, v]) => [`--${k}`, v]);

const stdlib = spawnSync(python, ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
  encoding: "utf8",
}).stdout.trim();

/** Runs a command with the wall-clock timeout that catches programs looping forever on timers. */
function capture(command, args) {
  const r = spawnSync(command, args, { cwd: root, encoding: "utf8", timeout: TIMEOUT_MS });
  const timedOut = r.error?.code === "ETIMEDOUT";
  return { stdout: r.stdout ?? "", stderr: r.stderr ?? "", code: timedOut ? "timeout" : r.status };
}

/** The first line where two texts differ, shown from both sides. */
function firstDifference(a, b) {
  const x = a.split("\n");
  const y = b.split("\n");
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}:\n  CPython:    ${x[i] ?? "<end>"}\n  asyncio-ts: ${y[i] ?? "<end>"}`;
  }
  return "";
}

let failures = 0;
for (const file of positionals) {
  const cpython = capture(python, ["test/reference/runner.py", file, ...options]);
  cpython.stderr = withoutStdlibFrames(cpython.stderr.replaceAll(stdlib, STDLIB));
  const ours = capture(process.execPath, ["bin/asyncio-ts.js", "run", "--clock", "virtual", file, ...options]);
  const problems = [];
  if (ours.stdout !== cpython.stdout) problems.push(`stdout, ${firstDifference(cpython.stdout, ours.stdout)}`);
  if (ours.code !== cpython.code) problems.push(`exit status: CPython ${cpython.code}, asyncio-ts ${ours.code}`);
  if (ours.stderr !== cpython.stderr) problems.push(`stderr, ${firstDifference(cpython.stderr, ours.stderr)}`);
  if (problems.length > 0) failures++;
  process.stdout.write(problems.length === 0 ? `same: ${file}\n` : `DIFFERENT: ${file}\n${problems.join("\n")}\n`);
}
process.stdout.write(`diffcheck: ${positionals.length - failures} same, ${failures} different\n`);
process.exit(failures > 0 ? 1 : 0);
