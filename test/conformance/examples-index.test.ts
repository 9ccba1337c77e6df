// examples/index.json (the playground gallery's list) must describe exactly the examples on disk.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./corpus.js";

const TOPICS = [
  "basics",
  "gather & tasks",
  "async for/with",
  "errors & cancellation",
  "synchronization",
  "exercises",
];

describe("examples/index.json", () => {
  const index: { file: string; title: string; topic: string; error: boolean }[] = JSON.parse(
    readFileSync(join(ROOT, "examples", "index.json"), "utf8"),
  );
  const files = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".py"));

  it("lists every example once", () => {
    expect(index.map((e) => e.file).sort()).toEqual(files.sort());
  });

  it("gives each a title and a known topic", () => {
    for (const e of index) {
      expect(e.title, e.file).not.toBe("");
      expect(TOPICS, e.file).toContain(e.topic);
    }
  });

  it("marks as errors the examples whose header says `# error:`", () => {
    for (const e of index) {
      const source = readFileSync(join(ROOT, "examples", e.file), "utf8");
      expect(e.error, e.file).toBe(source.startsWith("# error:"));
    }
  });
});
