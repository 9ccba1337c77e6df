// The `asyncio-ts` command: `transpile` and `run`, thin over the library (src/core, transpiler/).
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { transpile } from "../../transpiler/index.js";
import { compilerDiagnostic } from "../core/diagnostic-text.js";
import { DEFAULT_EPOCH, parseEpoch } from "./epoch.js";
import { HELP, UsageError } from "./usage.js";

/** Where the command writes; tests pass collectors, the bin script passes the process streams. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs the command line `argv` (without `node` and the script) and resolves with the exit status. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(HELP);
      return 0;
    }
    if (command === "--version" || command === "-V" || command === "-v") {
      io.stdout(`asyncio-ts ${version()}\n`);
      return 0;
    }
    if (command === "transpile") return transpileCommand(rest, io);
    if (command === "run") return await runCommand(rest, io);
    throw new UsageError(
      command === undefined ? "no command given" : `unknown command '${command}'`,
    );
  } catch (e) {
    if (!(e instanceof UsageError) && !isParseArgsError(e)) throw e;
    const message = (e as Error).message.replace(/\s*\n\s*/g, " ");
    io.stderr(`asyncio-ts: error: ${message} (see asyncio-ts --help)\n`);
    return 2;
  }
}

function isParseArgsError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

function readSource(file: string | undefined): string {
  if (file === undefined) throw new UsageError("no FILE.py given");
  if (!existsSync(file))
    throw new UsageError(`can't open file '${file}': No such file or directory`);
  if (!statSync(file).isFile()) throw new UsageError(`can't open file '${file}': not a file`);
  return readFileSync(file, "utf8");
}

function transpileCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { output: { type: "string", short: "o" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}'`);
  const file = positionals[0];
  const source = readSource(file);
  const result = transpile(source, { fileName: file });
  for (const d of result.diagnostics) io.stderr(compilerDiagnostic(source, d, file as string));
  if (result.diagnostics.some((d) => d.severity === "error")) return 1;
  if (values.output !== undefined) writeOutput(values.output, result.code);
  else io.stdout(result.code.endsWith("\n") ? result.code : `${result.code}\n`);
  return 0;
}

function writeOutput(path: string, code: string): void {
  try {
    writeFileSync(path, code);
  } catch (e) {
    throw new UsageError(`cannot write '${path}': ${(e as Error).message}`);
  }
}

async function runCommand(argv: string[], io: CliIO): Promise<number> {
  const dashes = argv.indexOf("--");
  const own = dashes === -1 ? argv : argv.slice(0, dashes);
  const after = dashes === -1 ? [] : argv.slice(dashes + 1);
  const { values, positionals } = parseArgs({
    args: own,
    options: {
      clock: { type: "string" },
      epoch: { type: "string" },
      seed: { type: "string" },
      "max-time": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const clock = values.clock ?? "real";
  if (clock !== "real" && clock !== "virtual") {
    throw new UsageError(`--clock must be real or virtual, not '${clock}'`);
  }
  const epoch = values.epoch === undefined ? DEFAULT_EPOCH : parseEpoch(values.epoch);
  if (epoch === null) throw new UsageError(`--epoch: not an ISO timestamp: '${values.epoch}'`);
  const seed = values.seed === undefined ? defaultSeed(clock) : Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed: not an integer: '${values.seed}'`);
  const maxTime = values["max-time"] === undefined ? undefined : Number(values["max-time"]);
  if (maxTime !== undefined && !(maxTime >= 0)) {
    throw new UsageError(`--max-time: not a number of seconds: '${values["max-time"]}'`);
  }
  const [file, ...args] = positionals;
  const source = readSource(file);
  // Loaded on demand: --help, --version and transpile do not need the runtime or esbuild.
  const { run } = await import("../core/run.js");
  const result = await run(source, {
    fileName: file,
    clock,
    epoch,
    seed,
    maxTime,
    args: [...args, ...after],
    onOutput: (stream, text) => (stream === "stdout" ? io.stdout(text) : io.stderr(text)),
  });
  return result.exitCode;
}

/** Seed 0 on the virtual clock (like the reference runner); a random one on the real clock (like python3). */
function defaultSeed(clock: "real" | "virtual"): number {
  return clock === "virtual" ? 0 : Math.floor(Math.random() * 2 ** 32);
}

/** The package version, from the nearest package.json above this file. */
export function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "package.json");
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "asyncio-ts") return pkg.version ?? "0.0.0";
    }
    const parent = dirname(dir);
    if (parent === dir) return "0.0.0";
    dir = parent;
  }
}
