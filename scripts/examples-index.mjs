// Writes examples/index.json ({ file, title, topic, error } per example) from the table in examples/INDEX.md.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = join(import.meta.dirname, "..", "examples");
const columns = [];
const entries = [];
for (const line of readFileSync(join(dir, "INDEX.md"), "utf8").split("\n")) {
  if (!line.startsWith("|") || line.startsWith("|---")) continue;
  const cells = line
    .slice(1, -1)
    .split(" | ")
    .map((c) => c.trim());
  if (cells[0] === "File") {
    columns.push(...cells);
    continue;
  }
  const cell = (name) => cells[columns.indexOf(name)];
  entries.push({
    file: cell("File").replaceAll("`", ""),
    title: cell("Title"),
    topic: cell("Topic"),
    error: cell("Error sample").startsWith("yes"),
  });
}
const onDisk = readdirSync(dir).filter((f) => f.endsWith(".py"));
const listed = new Set(entries.map((e) => e.file));
const missing = onDisk.filter((f) => !listed.has(f));
if (missing.length > 0 || entries.length !== onDisk.length) {
  throw new Error(`examples/INDEX.md and examples/*.py disagree: ${missing.join(", ") || "extra rows"}`);
}
writeFileSync(join(dir, "index.json"), `${JSON.stringify(entries, null, 2)}\n`);
process.stdout.write(`examples/index.json: ${entries.length} examples\n`);
