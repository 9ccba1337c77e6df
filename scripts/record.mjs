// Records CPython's output for every example and conformance program (NAME.{out,err,code} next to
// NAME.py) with the reference runner. Usage: node scripts/record.mjs [PATH/NAME.py ...]
// (paths relative to the repository root; PYTHON=python3.11 chooses the interpreter).
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const python = process.env.PYTHON ?? "python3";
const runner = "test/reference/runner.py";

/** The interpreter's stdlib directory, written as `<stdlib>` so recordings do not name this machine. */
const stdlib = spawnSync(python, ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
  encoding: "utf8",
}).stdout.trim();

/** Runs one example under the reference runner with default epoch and seed; resolves when written. */
function record(file) {
  return new Promise((resolve, reject) => {
    const child = spawn(python, [runner, file], { cwd: root });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => {
      const base = join(root, file.replace(/\.py$/, ""));
      const stderr = Buffer.concat(err).toString("utf8").replaceAll(stdlib, "<stdlib>");
      writeFileSync(`${base}.out`, Buffer.concat(out));
      writeFileSync(`${base}.err`, stderr);
      writeFileSync(`${base}.code`, `${code}\n`);
      resolve(code);
    });
  });
}

/** The .py files of a directory of the repository, as repository-relative paths. */
function programsIn(dir) {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".py"))
    .sort()
    .map((f) => `${dir}/${f}`);
}

const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : [...programsIn("examples"), ...programsIn("test/conformance/programs")];
const queue = [...files];
const workers = Array.from({ length: Math.min(4, availableParallelism() * 2) }, async () => {
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const code = await record(file);
    process.stdout.write(`${file}: exit ${code}\n`);
  }
});
await Promise.all(workers);
await import("./examples-index.mjs");
