// Child processes for the benchmarks: run one and read its JSON line, or time one from spawn to
// exit. Synchronous on purpose: one measurement at a time on a 2-core machine.
import { spawnSync } from "node:child_process";

/** Runs `command args` and returns the JSON object on the last line of its stdout. */
export function runJson(command, args, options = {}) {
  const child = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 26, ...options });
  if (child.error !== undefined) throw child.error;
  const lines = child.stdout.trim().split("\n");
  try {
    return JSON.parse(lines[lines.length - 1]);
  } catch {
    throw new Error(
      `${command} ${args.join(" ")} failed (status ${child.status}):\n${child.stderr}`,
    );
  }
}

/** Wall time in ms of `command args`, spawn to exit, with its exit status and output. */
export function timeProcess(command, args, options = {}) {
  const begin = performance.now();
  const child = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 26, ...options });
  const ms = performance.now() - begin;
  if (child.error !== undefined) throw child.error;
  return { ms, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** The first line a command prints for `args` (e.g. a version), or null if it cannot be run. */
export function firstLine(command, args) {
  const child = spawnSync(command, args, { encoding: "utf8" });
  if (child.error !== undefined || child.status !== 0) return null;
  return `${child.stdout}${child.stderr}`.trim().split("\n")[0];
}
