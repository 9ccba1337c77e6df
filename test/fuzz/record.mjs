// Records CPython 3.11's output for every fuzz program (fuzz_NNN.{out,err,code} next to its .py)
// with the project's reference runner, as scripts/record.mjs does for the examples.
// Usage: node test/fuzz/record.mjs [PYTHON=python3.11]
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");
const python = process.env.PYTHON ?? "python3";
const runner = "test/reference/runner.py";
const stdlib = spawnSync(python, ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
  encoding: "utf8",
}).stdout.trim();

/** Runs one program (a repository-relative path) under the runner and writes its recordings. */
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
      writeFileSync(`${base}.out`, Buffer.concat(out));
      writeFileSync(`${base}.err`, Buffer.concat(err).toString("utf8").replaceAll(stdlib, "<stdlib>"));
      writeFileSync(`${base}.code`, `${code}\n`);
      resolve(code);
    });
  });
}

const queue = readdirSync(join(root, "test/fuzz/corpus"))
  .filter((f) => f.endsWith(".py"))
  .sort()
  .map((f) => `test/fuzz/corpus/${f}`);
const failures = [];
await Promise.all(
  [0, 1].map(async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const code = await record(file);
      if (code !== 0) failures.push(`${file}: exit ${code}`);
    }
  }),
);
process.stdout.write(failures.length ? `non-zero exits:\n${failures.join("\n")}\n` : "all recorded, exit 0\n");
