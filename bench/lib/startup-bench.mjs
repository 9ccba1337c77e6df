// Section 3, startup: one short example run end to end as a user runs it, process spawn to exit,
// by the asyncio-ts CLI and by the CPython reference runner, with bare interpreter start-ups beside.
import { timeProcess } from "./processes.mjs";
import { median, minimum } from "./stats.mjs";

const EXAMPLE = "examples/001_async_tasks.py";

/** The commands timed; `python` ones are left out when python3 is missing. */
export const STARTUP_COMMANDS = [
  {
    id: "asyncio-ts",
    label: `asyncio-ts run --clock virtual ${EXAMPLE}`,
    cmd: [process.execPath, ["bin/asyncio-ts.js", "run", "--clock", "virtual", EXAMPLE]],
    python: false,
  },
  {
    id: "reference",
    label: `python3 test/reference/runner.py ${EXAMPLE}`,
    cmd: ["python3", ["test/reference/runner.py", EXAMPLE]],
    python: true,
  },
  {
    id: "node",
    label: "node -e 0 (bare Node start-up)",
    cmd: [process.execPath, ["-e", "0"]],
    python: false,
  },
  {
    id: "python",
    label: "python3 -c pass (bare CPython start-up)",
    cmd: ["python3", ["-c", "pass"]],
    python: true,
  },
];

/** Times each command `runs` times, interleaved; returns medians and minima per command. */
export function benchStartup({ runs, hasPython, log }) {
  const commands = STARTUP_COMMANDS.filter((c) => hasPython || !c.python);
  const samples = new Map(commands.map((c) => [c.id, []]));
  const outputs = new Map();
  for (let run = 1; run <= runs; run++) {
    for (const c of commands) {
      const result = timeProcess(c.cmd[0], c.cmd[1]);
      samples.get(c.id).push(result.ms);
      outputs.set(c.id, result.stdout);
      log(`  startup ${run}/${runs} ${c.id}: ${Math.round(result.ms)} ms (exit ${result.status})`);
    }
  }
  const sameOutput =
    !outputs.has("reference") || outputs.get("reference") === outputs.get("asyncio-ts");
  return {
    sameOutput,
    rows: commands.map((c) => ({
      ...c,
      median: median(samples.get(c.id)),
      min: minimum(samples.get(c.id)),
    })),
  };
}
