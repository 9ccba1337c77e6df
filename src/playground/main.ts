// The playground page: wires the Python editor, the TypeScript pane, the run worker, the output
// console, the timeline, the gallery, share links and saved state together.
import type { EditorView } from "@codemirror/view";
import type { RuntimeEvent } from "../../runtime/events.js";
import { OutputRecorder, type RunResult } from "./compare.js";
import { renderCompare } from "./compare-view.js";
import { goToLine, pythonEditor, setText, showDiagnostics, typescriptPane } from "./editors.js";
import { defaultExample, type Example, examples } from "./examples.js";
import { Gallery } from "./gallery.js";
import { type LineMap, lineMapOf } from "./line-map.js";
import { showLinked } from "./linked-lines.js";
import { OutputView } from "./output-view.js";
import type { ClockMode } from "./protocol.js";
import { Runner } from "./runner.js";
import { decodeShare, encodeShare } from "./share.js";
import { loadSaved, save } from "./storage.js";
import { tabs } from "./tabs.js";
import { buildTimeline } from "./timeline-model.js";
import { renderTimeline } from "./timeline-view.js";
import { TranspileClient } from "./transpile-client.js";

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const runButton = $<HTMLButtonElement>("run");
const stopButton = $<HTMLButtonElement>("stop");
const status = $("status");

const NEW_PROGRAM =
  'import asyncio\n\n\nasync def main():\n    print("hello")\n\n\nasyncio.run(main())\n';

/** Where the page starts: a share link wins, then the saved state, then the default example. */
function initialState(): { source: string; clock: ClockMode; example?: Example } {
  const shared = decodeShare(location.hash);
  if (shared) {
    history.replaceState(null, "", location.pathname + location.search);
    return shared;
  }
  const saved = loadSaved();
  if (saved) return { ...saved, example: examples.find((e) => e.file === saved.example) };
  return {
    source: defaultExample?.source ?? NEW_PROGRAM,
    clock: "virtual",
    example: defaultExample,
  };
}

const start = initialState();
let clock: ClockMode = start.clock;
let example: Example | undefined = start.example;
let lineMap: LineMap = { pyOfTs: new Map(), tsOfPy: new Map() };
let events: RuntimeEvent[] = [];
let droppedEvents = 0;
/** During a real-time run: a clock reading and when the page saw it, to extend the timeline to now. */
let live: { clock: number; page: number } | undefined;

const runner = new Runner((ready) => {
  document.body.classList.toggle("loading", !ready);
  if (!ready) status.textContent = "Loading the compiler (esbuild-wasm)…";
  else if (status.textContent?.startsWith("Loading")) status.textContent = "Ready";
});
const output = new OutputView($("output"), (line) => goToLine(py, line));
const gallery = new Gallery($("gallery"), examples, openExample);
const showTab = tabs(document.querySelector(".tabs")!, () => drawTimeline());

const fileName = () =>
  example && example.source === py.state.doc.toString() ? `examples/${example.file}` : "main.py";

const transpiler = new TranspileClient((reply) => {
  setText(ts, reply.code);
  showDiagnostics(py, reply.diagnostics);
  lineMap = lineMapOf(reply.map);
  $("ts-info").textContent = `transpiled in ${reply.ms.toFixed(1)} ms`;
});

let debounce: ReturnType<typeof setTimeout> | undefined;
let liveTimer: ReturnType<typeof setInterval> | undefined;
const py: EditorView = pythonEditor($("python"), {
  doc: start.source,
  onChange(doc) {
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      transpiler.request(doc, fileName());
      runner.prepare(doc, fileName());
    }, 150);
    persist();
    // A share link in the address bar would bring back the shared code on reload, not this.
    if (location.hash) history.replaceState(null, "", location.pathname + location.search);
    if (example && doc !== example.source) gallery.select(undefined);
  },
  onRun: run,
  onLine(line) {
    showLinked(ts, line === null ? [] : (lineMap.tsOfPy.get(line) ?? []));
  },
});
const ts: EditorView = typescriptPane($("typescript"), (line) => {
  const pyLine = line === null ? undefined : lineMap.pyOfTs.get(line);
  showLinked(py, pyLine === undefined ? [] : [pyLine]);
});

function persist(): void {
  save({ source: py.state.doc.toString(), clock, example: example?.file });
}

/** Empties the console and the timeline. */
function clearRun(): void {
  output.clear();
  events = [];
  droppedEvents = 0;
  live = undefined;
  drawTimeline();
}

function openExample(e: Example): void {
  if (runner.running) runner.stop();
  clearRun();
  example = e;
  setText(py, e.source);
  gallery.select(e.file);
  renderCompare($("compare"), example, undefined);
  persist();
}

function run(): void {
  const source = py.state.doc.toString();
  const runExample = example && example.source === source ? example : undefined;
  clearRun();
  clearInterval(liveTimer);
  if (clock === "real") liveTimer = setInterval(drawTimeline, 200);
  stopButton.disabled = false;
  status.textContent = "Running…";
  const recorder = new OutputRecorder();
  runner.run(
    { source, fileName: fileName(), clock },
    {
      output(chunks, dropped) {
        output.append(chunks, dropped);
        if (runExample) recorder.add(chunks, dropped);
      },
      events(batch, dropped) {
        droppedEvents += dropped;
        if (events.length === 0 && batch.length > 0)
          live = { clock: batch[0]!.time, page: performance.now() };
        for (const e of batch) events.push(e);
      },
      done(exitCode, ms) {
        clearInterval(liveTimer);
        output.finish(exitCode, ms);
        stopButton.disabled = true;
        status.textContent = exitCode < 0 ? "Stopped" : "";
        drawTimeline();
        if (exitCode < 0 || !runExample) return;
        const ok = renderCompare($("compare"), runExample, recorder.result(exitCode));
        if (ok === undefined) return;
        gallery.mark(runExample.file, ok);
        status.textContent = ok
          ? "✓ Same output as CPython 3.11"
          : "✗ Differs from CPython 3.11 (see vs CPython)";
      },
    },
  );
}

function drawTimeline(): void {
  const root = $("timeline");
  if (root.hidden) return;
  const now =
    live && runner.running ? live.clock + (performance.now() - live.page) / 1000 : undefined;
  renderTimeline(root, buildTimeline(events, now), root.clientWidth - 8, droppedEvents);
}

async function checkAll(): Promise<void> {
  const button = $<HTMLButtonElement>("check-all");
  button.disabled = true;
  let passed = 0;
  for (const [i, e] of examples.entries()) {
    status.textContent = `Checking ${i + 1}/${examples.length}…`;
    const result = await runQuietly(e);
    const ok = renderCompare(document.createElement("div"), e, result) ?? false;
    if (ok) passed++;
    gallery.mark(e.file, ok);
  }
  status.textContent = `${passed} of ${examples.length} examples match CPython`;
  button.disabled = false;
}

/** Runs an example without touching the console, giving up after 10 s. */
function runQuietly(e: Example): Promise<RunResult> {
  return new Promise((resolve) => {
    const recorder = new OutputRecorder();
    const timer = setTimeout(() => runner.stop(), 10_000);
    runner.run(
      { source: e.source, fileName: `examples/${e.file}`, clock: "virtual" },
      {
        output(chunks, dropped) {
          recorder.add(chunks, dropped);
        },
        events() {},
        done(exitCode) {
          clearTimeout(timer);
          resolve(recorder.result(exitCode));
        },
      },
    );
  });
}

runButton.addEventListener("click", run);
stopButton.addEventListener("click", () => {
  runner.stop();
  runner.prepare(py.state.doc.toString(), fileName());
});
$("check-all").addEventListener("click", () => void checkAll());
$("share").addEventListener("click", () => {
  const url = `${location.origin}${location.pathname}${encodeShare({ source: py.state.doc.toString(), clock })}`;
  void navigator.clipboard?.writeText(url).catch(() => {});
  history.replaceState(null, "", url);
  status.textContent = "Share link copied to the clipboard and put in the address bar.";
});
for (const radio of document.querySelectorAll<HTMLInputElement>("input[name=clock]")) {
  radio.checked = radio.value === clock;
  radio.addEventListener("change", () => {
    if (radio.checked) clock = radio.value as ClockMode;
    persist();
  });
}
new ResizeObserver(() => drawTimeline()).observe($("timeline"));
window.addEventListener("keydown", (ev) => {
  if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey) && !py.hasFocus) {
    ev.preventDefault();
    run();
  }
});

gallery.select(example && example.source === start.source ? example.file : undefined);
renderCompare($("compare"), example, undefined);
transpiler.request(start.source, fileName());
runner.prepare(start.source, fileName());
showTab("timeline");
document.body.dataset.editorReady = String(performance.now());
if (import.meta.env.PROD && "serviceWorker" in navigator && location.protocol !== "file:") {
  void offline();
}

/** Registers the service worker and hands it what this page already loaded, for offline use. */
async function offline(): Promise<void> {
  try {
    await navigator.serviceWorker.register("./sw.js");
    const registration = await navigator.serviceWorker.ready;
    await runner.ready;
    const loaded = performance.getEntriesByType("resource").map((e) => e.name);
    const page = location.href.replace(/#.*$/, "");
    registration.active?.postMessage({ cache: [page, ...loaded] });
  } catch {
    // Without a service worker the playground still works; it just needs the network to reload.
  }
}
