// Writes the fuzz corpus (test/fuzz/corpus/fuzz_NNN.py) from program.ts's seeded generator, then
// records CPython's output for each with record.mjs. Usage: node test/fuzz/make-corpus.mjs
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

const here = import.meta.dirname;
const corpus = join(here, "corpus");
const bundle = join(tmpdir(), `asyncio-ts-fuzz-${process.pid}.mjs`);
await build({
  entryPoints: [join(here, "program.ts")],
  bundle: true,
  format: "esm",
  platform: "node",
  outfile: bundle,
  logLevel: "error",
});
const { CORPUS, corpusPrograms } = await import(bundle);
rmSync(bundle);

mkdirSync(corpus, { recursive: true });
for (const f of readdirSync(corpus)) rmSync(join(corpus, f));
const programs = corpusPrograms(CORPUS.seed, CORPUS.count);
programs.forEach((source, i) => {
  writeFileSync(join(corpus, `fuzz_${String(i).padStart(3, "0")}.py`), source);
});
process.stdout.write(`${programs.length} programs written to ${corpus}\n`);
execFileSync(process.execPath, [join(here, "record.mjs")], { stdio: "inherit" });
