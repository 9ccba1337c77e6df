// Measures the playground (`npm run measure`): bundle sizes of a production build (made into
// test/e2e/tmp/measure-dist, out of the way of other builds), and in headless chromium
// page load → editor ready, cold first Run → output (including esbuild-wasm start-up) and warm
// Run → output for a seed sample. Writes the table into docs/playground.md and README.md between markers.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launch } from "../test/e2e/browser.mjs";
import { serve } from "../test/e2e/serve.mjs";

const root = join(import.meta.dirname, "..");
const dist = join(root, "test", "e2e", "tmp", "measure-dist");
const SAMPLE = "000_concurrent_fetch_users.py";
const ROUNDS = 9;

if (!process.argv.includes("--no-build")) {
  const build = ["vite", "build", "--logLevel", "warn", "--outDir", dist, "--emptyOutDir"];
  execFileSync("npx", build, { cwd: root, stdio: "inherit" });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Files index.html loads before anything runs: its module script, modulepreloads and stylesheets. */
function initialFiles() {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1],
  );
  return [...new Set(refs)];
}

function sizes() {
  const assets = readdirSync(join(dist, "assets"));
  const initial = initialFiles();
  const workers = assets.filter((f) => f.includes(".worker")).map((f) => `assets/${f}`);
  const wasm = assets.find((f) => f.endsWith(".wasm"));
  return {
    initialGz: initial.reduce((n, f) => n + gz(f), 0),
    initialFiles: initial,
    workersGz: workers.reduce((n, f) => n + gz(f), 0),
    workers,
    wasmRaw: readFileSync(join(dist, "assets", wasm)).length,
    wasmGz: gz(`assets/${wasm}`),
  };
}

/** Clicks Run and resolves with the milliseconds until the first output line is in the page. */
function runToOutput(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const body = document.querySelector("#output .out-body");
        const t0 = performance.now();
        // Output is inserted from a requestAnimationFrame callback, so it is painted in that frame.
        const done = () => {
          observer.disconnect();
          resolve(performance.now() - t0);
        };
        const observer = new MutationObserver(() => {
          if (body.querySelector(".out-line")) done();
        });
        observer.observe(body, { childList: true, subtree: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(Number.NaN);
        }, 20_000);
        document.getElementById("run").click();
      }),
  );
}

/** Runs an endless loop, presses Stop, and resolves with the milliseconds until a fresh worker is ready. */
async function stopToReady(page) {
  await page.locator("#python .cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText("while True: pass\n");
  await page.locator("#run").click();
  await page.waitForTimeout(500);
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const t0 = performance.now();
        document.getElementById("stop").click();
        const poll = () => {
          if (document.body.classList.contains("loading")) requestAnimationFrame(poll);
          else resolve(performance.now() - t0);
        };
        poll();
      }),
  );
}

async function waitFinished(page) {
  await page
    .locator("#output .out-status")
    .filter({ hasText: /Exited|Stopped/ })
    .waitFor({ timeout: 30_000 });
}

async function timings(url) {
  const browser = await launch();
  const ready = [];
  const cold = [];
  const warm = [];
  const stop = [];
  const edited = [];
  try {
    for (let round = 0; round < 3; round++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(url);
      await page.locator("body[data-editor-ready]").waitFor();
      ready.push(Number(await page.locator("body").getAttribute("data-editor-ready")));
      await page.locator(`.ex-item[data-file="${SAMPLE}"]`).click();
      cold.push(await runToOutput(page));
      await waitFinished(page);
      if (round === 0) {
        for (let i = 0; i < ROUNDS; i++) {
          warm.push(await runToOutput(page));
          await waitFinished(page);
        }
        for (let i = 0; i < ROUNDS; i++) {
          // An edit just before Run: the compile-ahead has not happened, so this Run compiles.
          await page.locator("#python .cm-content").click();
          await page.keyboard.press("ControlOrMeta+End");
          await page.keyboard.insertText(`# edit ${i}\n`);
          edited.push(await runToOutput(page));
          await waitFinished(page);
        }
        stop.push(await stopToReady(page));
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    ready: median(ready),
    cold: median(cold),
    warm: median(warm),
    edited: median(edited),
    stop: median(stop),
  };
}

const s = sizes();
const server = await serve(dist);
const t = await timings(server.url);
await server.close();

const date = new Date().toISOString().slice(0, 10);
const table = [
  `Measured ${date} by \`npm run measure\`: headless Debian chromium, 1280×800, medians of 3 cold loads and ${ROUNDS} warm runs, on ${cpus().length} cores with load average ${loadavg()[0].toFixed(1)} (other work was running).`,
  "",
  "| what | measured | target |",
  "| --- | --- | --- |",
  `| initial JS + CSS, gzipped (${s.initialFiles.length} files) | ${kb(s.initialGz)} | ≤ 350 KB |`,
  `| workers (run + transpile), gzipped, loaded after the page | ${kb(s.workersGz)} | — |`,
  `| esbuild.wasm | ${kb(s.wasmRaw)} raw, ${kb(s.wasmGz)} gzipped | — |`,
  `| page load → editor ready | ${Math.round(t.ready)} ms | ≤ 1000 ms |`,
  `| first Run → output, cold (incl. esbuild-wasm start-up) | ${Math.round(t.cold)} ms | — |`,
  `| warm Run → output (\`${SAMPLE}\`, compiled ahead while idle) | ${Math.round(t.warm)} ms | ≤ 100 ms |`,
  `| warm Run right after an edit (transpile + bundle included) | ${Math.round(t.edited)} ms | — |`,
  `| Stop of an endless loop → a fresh worker ready | ${Math.round(t.stop)} ms | ≤ 1000 ms |`,
].join("\n");
console.log(table);

const START = "<!-- measure:start -->";
const END = "<!-- measure:end -->";
// The table goes into the playground's page and the README, between the markers in each.
for (const file of ["docs/playground.md", "README.md"]) {
  const path = join(root, file);
  const doc = readFileSync(path, "utf8");
  const i = doc.indexOf(START);
  const j = doc.indexOf(END);
  if (i === -1 || j === -1) throw new Error(`${file} needs the ${START} and ${END} markers`);
  writeFileSync(path, `${doc.slice(0, i + START.length)}\n${table}\n${doc.slice(j)}`);
}
