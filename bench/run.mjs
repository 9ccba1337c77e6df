// `npm run bench`: builds dist-lib, measures event-loop throughput (asyncio-ts vs CPython vs native
// JS), transpile throughput and startup on this machine, prints the tables and writes
// docs/benchmarks.md. Options: --runs N, --only gather,queue,timers,churn, --no-python,
// --profile (profile every workload) / --no-profile, --no-build, --no-write.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchLoop } from "./lib/loop-bench.mjs";
import { firstLine } from "./lib/processes.mjs";
import { profileWorkload } from "./lib/profile.mjs";
import {
  cpythonTime,
  documentText,
  loopTables,
  profileSection,
  startupTable,
  transpileTable,
} from "./lib/report.mjs";
import { benchStartup } from "./lib/startup-bench.mjs";
import { formatRatio } from "./lib/stats.mjs";

/** asyncio-ts slower than CPython by more than this is profiled (brief H7). */
const PROFILE_THRESHOLD = 3;

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    only: { type: "string" },
    "no-python": { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    "no-profile": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
  },
});
const runs = Number.parseInt(values.runs, 10);
if (!(runs >= 1)) throw new Error("--runs takes a whole number ≥ 1");
const log = (line) => process.stderr.write(`${line}\n`);

function build() {
  log("building dist-lib (tsc -p tsconfig.build.json)…");
  const tsc = spawnSync(
    process.execPath,
    ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"],
    {
      encoding: "utf8",
    },
  );
  if (tsc.status !== 0) {
    if (!existsSync("dist-lib/src/index.js"))
      throw new Error(`tsc failed:\n${tsc.stdout}${tsc.stderr}`);
    log(`tsc reported errors (exit ${tsc.status}); benchmarking the JavaScript it emitted anyway`);
  }
}

if (!values["no-build"]) build();
const python = values["no-python"] ? null : firstLine("python3", ["--version"]);
if (python === null) log("python3 not available: the CPython columns are skipped");
const hasPython = python !== null;
const loadBefore = loadavg()[0].toFixed(2);

/** The commit measured, and whether the sources differ from it. */
function commitMeasured() {
  const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" });
  if (head.status !== 0) return "not a git checkout";
  const dirty = spawnSync("git", ["status", "--porcelain", "--", "runtime", "transpiler", "src"], {
    encoding: "utf8",
  });
  return `${head.stdout.trim()}${dirty.stdout.trim() === "" ? "" : " with uncommitted changes in runtime/, transpiler/ or src/"}`;
}
const commit = commitMeasured();

log("1. event-loop throughput");
const loop = benchLoop({ runs, hasPython, only: values.only?.split(","), log });
const loopText = loopTables(loop);
console.log(`\n## Event-loop throughput (median (min) of ${runs})\n\n${loopText}\n`);

log("2. transpile throughput");
// Imported here, after the build, because it loads dist-lib.
const { benchTranspile } = await import("./lib/transpile-bench.mjs");
const transpile = await benchTranspile({ runs, repeat: 10, log });
console.log(`\n## Transpile throughput\n\n${transpileTable(transpile)}\n`);

log("3. startup");
const startup = benchStartup({ runs, hasPython, log });
console.log(`\n## Startup\n\n${startupTable(startup)}\n`);

const profiled = [];
for (const result of loop) {
  const ts = result.stats["asyncio-ts"];
  const medianRatio = ts?.median / cpythonTime(result, "median");
  const minRatio = ts?.min / cpythonTime(result, "min");
  const slow = medianRatio > PROFILE_THRESHOLD || minRatio > PROFILE_THRESHOLD;
  if (values["no-profile"] || ts === undefined || !(slow || values.profile)) continue;
  log(`profiling ${result.workload.name} (V8 sampling profiler)…`);
  const summary = profileWorkload(result.workload.name, root);
  const ratio = `${formatRatio(ts.median, cpythonTime(result, "median"))} (minima ${formatRatio(ts.min, cpythonTime(result, "min"))})`;
  profiled.push(profileSection(result.workload.name, ratio, summary));
}
const profiles =
  profiled.length > 0
    ? `Workloads where asyncio-ts took more than ${PROFILE_THRESHOLD}× the faster CPython's time (median or minimum)${values.profile ? " (and, with --profile, every workload)" : ""}, run once more under V8's sampling profiler; self time per function and per file, positions mapped back to the .ts sources.\n\n${profiled.join("\n\n")}`
    : `No workload took more than ${PROFILE_THRESHOLD}× the faster CPython's time (median or minimum) in this run, so none was profiled (\`npm run bench -- --profile\` profiles them all).`;
if (profiled.length > 0) console.log(`\n## Hot spots\n\n${profiles}\n`);

if (!values["no-write"]) {
  const findingsFile = "bench/findings.md";
  const findings = existsSync(findingsFile) ? readFileSync(findingsFile, "utf8").trim() : "(none)";
  const doc = documentText({
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    commit,
    node: process.version,
    python,
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown CPU",
    loadBefore,
    loadAfter: loadavg()[0].toFixed(2),
    runs,
    loop: loopText,
    transpile,
    startup,
    profiles,
    findings,
  });
  writeFileSync("docs/benchmarks.md", doc);
  log("wrote docs/benchmarks.md");
}
