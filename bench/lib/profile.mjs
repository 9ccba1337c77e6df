// Hot spots for the doc: profiles one workload's run() (V8's sampling profiler) and sums self time
// per function (with its main caller) and per source file, mapping dist-lib/*.js positions back to
// the .ts sources through their source maps.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";

const maps = new Map();

function traceMapFor(file) {
  if (!maps.has(file)) {
    const mapFile = `${file}.map`;
    maps.set(file, existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, "utf8")) : null);
  }
  return maps.get(file);
}

/** A path relative to the checkout; dependencies as "node_modules/…" even when linked from elsewhere. */
function shortPath(root, file) {
  const at = file.lastIndexOf("node_modules/");
  return at >= 0 ? file.slice(at) : relative(root, file);
}

/** "runtime/asyncio/task.ts:120" for a call frame, or a label for the program, node and V8. */
function place(frame, root) {
  const { url, lineNumber, columnNumber } = frame;
  if (url === "") return "(V8)";
  if (url.startsWith("data:")) return "(the transpiled program)";
  if (!url.startsWith("file:")) return url.startsWith("node:") ? "(node internals)" : url;
  const file = fileURLToPath(url);
  const map = traceMapFor(file);
  if (map !== null && lineNumber >= 0) {
    const pos = originalPositionFor(map, {
      line: lineNumber + 1,
      column: Math.max(columnNumber, 0),
    });
    if (pos.source !== null) {
      const source = fileURLToPath(new URL(pos.source, url));
      return `${shortPath(root, source)}:${pos.line}`;
    }
  }
  return `${shortPath(root, file)}:${lineNumber + 1}`;
}

function fileOf(where) {
  const colon = where.lastIndexOf(":");
  return where.startsWith("(") || colon < 0 ? where : where.slice(0, colon);
}

function frameKey(frame, root) {
  return JSON.stringify([frame.functionName || "(anonymous)", place(frame, root)]);
}

function add(map, key, us) {
  map.set(key, (map.get(key) ?? 0) + us);
}

/**
 * Self time per function (`name`, `where`, and the `caller` that accounts for most of it) and per
 * file of a .cpuprofile, largest first, in ms.
 */
export function summarizeProfile(profile, root, top = 15) {
  const selfUs = new Map();
  profile.samples.forEach((id, i) => {
    add(selfUs, id, profile.timeDeltas[i] ?? 0);
  });
  const parent = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node);
  }
  const byFunction = new Map();
  const callers = new Map();
  const byFile = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) continue;
    total += us;
    const key = frameKey(node.callFrame, root);
    add(byFunction, key, us);
    if (!callers.has(key)) callers.set(key, new Map());
    const up = parent.get(node.id);
    if (up !== undefined) add(callers.get(key), frameKey(up.callFrame, root), us);
    add(byFile, fileOf(JSON.parse(key)[1]), us);
  }
  const largest = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  const functions = largest(byFunction)
    .slice(0, top)
    .map(([key, us]) => {
      const [name, where] = JSON.parse(key);
      const [caller] = largest(callers.get(key));
      const by = caller === undefined ? "" : JSON.parse(caller[0]).join(" ");
      return { name, where, caller: by, ms: us / 1000, share: us / total };
    });
  const files = largest(byFile)
    .slice(0, top)
    .map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  return { totalMs: total / 1000, functions, files };
}

/** Profiles one asyncio-ts `run()` of bench/workloads/<name>.py and returns its summary. */
export function profileWorkload(name, root) {
  const dir = mkdtempSync(join(tmpdir(), "asyncio-ts-prof-"));
  const file = join(dir, `${name}.cpuprofile`);
  try {
    const child = spawnSync(
      process.execPath,
      ["bench/children/asyncio-ts.mjs", `bench/workloads/${name}.py`, "--profile", file],
      { encoding: "utf8", maxBuffer: 1 << 26 },
    );
    if (child.status !== 0 || !existsSync(file)) {
      throw new Error(`profiling ${name} failed:\n${child.stderr}`);
    }
    return summarizeProfile(JSON.parse(readFileSync(file, "utf8")), root);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
