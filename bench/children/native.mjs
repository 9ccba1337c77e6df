// Benchmark child: runs one hand-written native JS workload (bench/native/*.mjs) and prints one
// JSON line with its time. `yield` picks what stands for asyncio.sleep(0): `await null` (a
// microtask hop) or `await new Promise(setImmediate)` (a trip through Node's event loop).
import { pathToFileURL } from "node:url";

const [program, yieldKind] = process.argv.slice(2);
const yieldNow =
  yieldKind === "setImmediate" ? () => new Promise((resolve) => setImmediate(resolve)) : () => null;
const { main } = await import(pathToFileURL(program).href);
const out = [];
const print = (line) => out.push(`${line}\n`);
print("start");
const begin = performance.now();
await main(print, yieldNow);
const end = performance.now();
console.log(JSON.stringify({ ms: end - begin, totalMs: end - begin, stdout: out.join("") }));
