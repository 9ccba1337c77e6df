// The "vs CPython" panel: CPython's recorded output beside the playground's, with ✓ when they match
// and a line diff when they do not.
import { withoutStdlibFrames } from "../core/cpython-output.js";
import { lineDiff, matches, type RunResult } from "./compare.js";
import type { Example } from "./examples.js";

function block(title: string, text: string, className: string): HTMLElement {
  const section = document.createElement("section");
  section.className = className;
  const h = document.createElement("h3");
  h.textContent = title;
  const pre = document.createElement("pre");
  pre.textContent = text;
  section.append(h, pre);
  return section;
}

function streams(r: RunResult): string {
  return `${r.stdout}${r.stderr ? `${r.stdout && !r.stdout.endsWith("\n") ? "\n" : ""}${r.stderr}` : ""}`;
}

/** Renders the comparison for an example; `actual` is undefined until it has been run. */
export function renderCompare(
  root: HTMLElement,
  example: Example | undefined,
  actual: RunResult | undefined,
): boolean | undefined {
  if (!example) {
    const p = document.createElement("p");
    p.textContent = "Pick an example from the gallery to compare its output with CPython's.";
    root.replaceChildren(p);
    return undefined;
  }
  const expected = { ...example.expected, stderr: withoutStdlibFrames(example.expected.stderr) };
  const verdict = document.createElement("p");
  verdict.className = "cmp-verdict";
  const ok = actual ? matches(example.expected, actual) : undefined;
  verdict.textContent =
    ok === undefined
      ? `${example.file}: press Run to compare with CPython 3.11.`
      : ok
        ? `✓ ${example.file} matches CPython 3.11`
        : `✗ ${example.file} differs from CPython 3.11`;
  verdict.dataset.status = ok === undefined ? "" : ok ? "pass" : "fail";
  const cols = document.createElement("div");
  cols.className = "cmp-cols";
  cols.append(
    block(`CPython (exit ${example.expected.exitCode})`, streams(expected), "cmp-expected"),
    block(
      actual ? `asyncio-ts (exit ${actual.exitCode})` : "asyncio-ts",
      actual ? streams(actual) : "",
      "cmp-actual",
    ),
  );
  const parts: HTMLElement[] = [verdict, cols];
  if (actual && !ok) {
    const diff = document.createElement("pre");
    diff.className = "cmp-diff";
    diff.setAttribute("aria-label", "Line diff, CPython (-) against asyncio-ts (+)");
    for (const line of lineDiff(streams(expected), streams(actual))) {
      const span = document.createElement("span");
      span.className = line.op === "-" ? "del" : line.op === "+" ? "ins" : "same";
      span.textContent = `${line.op} ${line.text}\n`;
      diff.append(span);
    }
    parts.push(diff);
  }
  root.replaceChildren(...parts);
  return ok;
}
