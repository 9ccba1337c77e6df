// Hot spots for the doc: runs one workload under `node --cpu-prof` and sums self time per function
// and per source file, mapping dist-lib/*.js positions back to the .ts sources through their maps.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
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

/** Self time per function (`name`, `where`) and per file of a .cpuprofile, largest first, in ms. */
export function summarizeProfile(profile, root, top = 15) {
  const selfUs = new Map();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const byFunction = new Map();
  const byFile = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) continue;
    total += us;
    const where = place(node.callFrame, root);
    const key = JSON.stringify([node.callFrame.functionName || "(anonymous)", where]);
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    byFile.set(fileOf(where), (byFile.get(fileOf(where)) ?? 0) + us);
  }
  const ranked = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  const functions = ranked(byFunction).map(({ name, ...rest }) => {
    const [fn, where] = JSON.parse(name);
    return { name: fn, where, ...rest };
  });
  return { totalMs: total / 1000, functions, files: ranked(byFile) };
}

/** Profiles one asyncio-ts run of bench/workloads/<name>.py and returns its summary. */
export function profileWorkload(name, root) {
  const dir = mkdtempSync(join(tmpdir(), "asyncio-ts-prof-"));
  try {
    const child = spawnSync(
      process.execPath,
      [
        "--cpu-prof",
        "--cpu-prof-dir",
        dir,
        "bench/children/asyncio-ts.mjs",
        `bench/workloads/${name}.py`,
      ],
      { encoding: "utf8", maxBuffer: 1 << 26 },
    );
    if (child.status !== 0) throw new Error(`profiling ${name} failed:\n${child.stderr}`);
    const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    if (file === undefined) throw new Error(`profiling ${name} wrote no .cpuprofile`);
    return summarizeProfile(JSON.parse(readFileSync(join(dir, file), "utf8")), root);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
