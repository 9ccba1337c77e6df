// JS stack traces → Python traceback frames, through the program's source map (contract §4/§5):
// only frames of the compiled program (a data:/blob: module) are kept, oldest first.
import type { Frame } from "../builtins/traceback.js";

/** What program.ts knows about the running program's source. */
export interface SourceInfo {
  fileName: string;
  sourceMap?: { pyLineOf(jsLine: number, jsCol: number): number | null; pyLines: string[] };
}

const V8_FRAME = /^\s*at (?:async )?(?:(.*?) \()?(\S+?):(\d+):(\d+)\)?\s*$/;
const GECKO_FRAME = /^(.*?)@(.*):(\d+):(\d+)$/;

/** True for the URLs a compiled program is loaded from (not the runtime, not the host). */
function isProgramUrl(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:")) return true;
  return !(
    url.includes("/runtime/") ||
    url.startsWith("node:") ||
    url.includes("node_modules") ||
    url.includes("/src/")
  );
}

function pythonName(jsName: string | undefined): string {
  if (!jsName) return "<module>";
  const name = jsName
    .replace(/ \[as [^\]]*\]$/, "")
    .replace(/^new /, "")
    .replace(/^async /, "");
  // V8 names an anonymous callback after the property the loop calls it through.
  if (/(^|\.)_callback$/.test(name)) return "<lambda>";
  const last = name.slice(name.lastIndexOf(".") + 1);
  if (last === "" || last === "<anonymous>" || last === "eval" || last.startsWith("data:"))
    return "<module>";
  return last;
}

/** The Python frames of one JS stack, oldest first (the stack lists newest first). */
export function framesOfStack(stack: string | undefined, info: SourceInfo): Frame[] {
  const map = info.sourceMap;
  if (!map || !stack) return [];
  const frames: Frame[] = [];
  for (const line of stack.split("\n")) {
    const m = V8_FRAME.exec(line) ?? GECKO_FRAME.exec(line);
    if (!m || !isProgramUrl(m[2])) continue;
    const pyLine = map.pyLineOf(Number(m[3]), Number(m[4]) - 1);
    if (pyLine === null) continue;
    frames.push({
      file: info.fileName,
      line: pyLine,
      name: pythonName(m[1]),
      source: map.pyLines[pyLine - 1],
    });
  }
  return frames.reverse();
}

/** The first Python line of a JS stack (where a coroutine was made or a function defined). */
export function firstPyLine(stack: string | undefined, info: SourceInfo): number | null {
  const frames = framesOfStack(stack, info);
  return frames.length === 0 ? null : frames[frames.length - 1].line;
}

/** Where `asyncio.run` was called, recorded on exceptions that leave it (for the `<module>` frame). */
export const RUN_SITE = Symbol.for("asyncio-ts.run-site");

export { AWAIT_SITES, addAwaitSite } from "../builtins/await-sites.js";

/**
 * CPython 3.11 underlines the expression each frame is running; in a frame that is suspended at an
 * `await` (every frame but the innermost) that is the await expression: `return await f(n)` shows
 * `^^^^^^^^^^^^` under `await f(n)`. The formatter leaves out a marker that spans the whole line.
 */
export function underlineAwaits(frames: Frame[]): Frame[] {
  return frames.map((f, i) => {
    if (i === frames.length - 1 || f.source === undefined) return f;
    const span = awaitSpan(f.source);
    return span === null ? f : { ...f, col: span[0], endCol: span[1] };
  });
}

/** Columns of the first `await <primary>` on a line: the primary with its calls and subscripts. */
export function awaitSpan(src: string): [number, number] | null {
  const m = /\bawait\s+/.exec(src);
  if (m === null) return null;
  let i = m.index + m[0].length;
  let depth = 0;
  let quote: string | null = null;
  for (; i < src.length; i++) {
    const c = src[i];
    if (quote !== null) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && !/[\w.]/.test(c)) break;
  }
  return [m.index, i];
}
