// Python's traceback text for an uncaught exception: frames, chained exceptions (cause/context),
// exception groups with their box drawing, and notes. Mirrors TracebackException.format in
// Lib/traceback.py (3.11).

import { caretLine } from "./carets.js";
import { BaseException, BaseExceptionGroup } from "./exceptions.js";
import { writeStderr } from "./output.js";
import { toStr } from "./repr.js";

/** One traceback entry, oldest call first, as the caller mapped it from the JS stack. */
export interface Frame {
  /** File name as CPython shows it, e.g. `prog.py`. */
  file: string;
  /** 1-based line number. */
  line: number;
  /** Function name, `<module>` at top level. */
  name: string;
  /** The source line (printed stripped); omitted when unknown. */
  source?: string;
  /** 0-based start and end columns in `source` of the failing expression, for `^^^` markers. */
  col?: number;
  endCol?: number;
}

/** Frames for an exception: a list (used for the outermost exception only) or a lookup. */
export type FramesOf = Frame[] | ((e: BaseException) => Frame[] | undefined);

const CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

function formatFrames(frames: Frame[]): string {
  let out = "";
  let last = "";
  let repeats = 0;
  const flush = () => {
    if (repeats > 3) {
      const n = repeats - 3;
      out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
    }
  };
  for (const f of frames) {
    const key = `${f.file}\0${f.line}\0${f.name}`;
    if (key === last) {
      repeats++;
      if (repeats > 3) continue;
    } else {
      flush();
      last = key;
      repeats = 1;
    }
    out += `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
    if (f.source !== undefined && f.source.trim() !== "") {
      const stripped = f.source.trim();
      out += `    ${stripped}\n`;
      if (f.col !== undefined && f.endCol !== undefined) {
        const marks = caretLine(f.source, f.col, f.endCol);
        if (marks !== null) out += `${marks}\n`;
      }
    }
  }
  flush();
  return out;
}

function qualifiedName(e: unknown): string {
  const cls = (e as { constructor?: { __qualname__?: string; __module__?: string; name?: string } })
    .constructor;
  const name = cls?.__qualname__ ?? cls?.name ?? "Exception";
  const mod = cls?.__module__;
  return mod === undefined || mod === "__main__" || mod === "builtins" ? name : `${mod}.${name}`;
}

/** The last lines of a traceback: `Type: message` (just `Type` when empty) and the notes. */
export function formatExceptionOnly(e: unknown): string {
  let text: string;
  try {
    text = toStr(e);
  } catch {
    text = "<exception str() failed>";
  }
  let out = text === "" ? `${qualifiedName(e)}\n` : `${qualifiedName(e)}: ${text}\n`;
  const notes = (e as { __notes__?: unknown }).__notes__;
  if (Array.isArray(notes)) {
    for (const note of notes) for (const l of String(note).split("\n")) out += `${l}\n`;
  }
  return out;
}

class Context {
  depth = 0;
  needClose = false;
  indent(): string {
    return " ".repeat(2 * this.depth);
  }
  emit(text: string, margin = "|"): string {
    const prefix = this.indent() + (this.depth > 0 ? `${margin} ` : "");
    return text
      .split(/(?<=\n)/)
      .map((l) => prefix + l)
      .join("");
  }
}

function chainOf(e: unknown): [string | null, unknown][] {
  const out: [string | null, unknown][] = [];
  const seen = new Set<unknown>();
  let cur: unknown = e;
  while (cur !== null && cur !== undefined && !seen.has(cur)) {
    seen.add(cur);
    const x = cur as Partial<BaseException>;
    let msg: string | null = null;
    let next: unknown = null;
    if (x.__cause__ !== null && x.__cause__ !== undefined) {
      msg = CAUSE;
      next = x.__cause__;
    } else if (x.__context__ !== null && x.__context__ !== undefined && !x.__suppress_context__) {
      msg = CONTEXT;
      next = x.__context__;
    }
    out.push([msg, cur]);
    cur = next;
  }
  return out;
}

function sameFrame(a: Frame, b: Frame): boolean {
  return a.file === b.file && a.line === b.line && a.name === b.name;
}

/**
 * The traceback of a chained (caught) exception starts at the frame that caught it, as CPython's
 * does; a JS stack also holds the callers. Those are the frames it shares with the exception raised
 * while handling it, up to the first frame of the same function at another line (the handler).
 */
export function fromHandler(inner: Frame[], outer: Frame[]): Frame[] {
  const first = inner[0];
  const j = first === undefined ? -1 : outer.findIndex((f) => sameFrame(f, first));
  if (j < 0) return inner;
  let k = 0;
  while (k < inner.length && j + k < outer.length && sameFrame(inner[k]!, outer[j + k]!)) k++;
  const handler = outer[j + k];
  return k < inner.length && handler !== undefined && inner[k]!.name === handler.name
    ? inner.slice(k)
    : inner;
}

function format(e: unknown, framesOf: (e: unknown) => Frame[] | undefined, ctx: Context): string {
  let out = "";
  const chain = chainOf(e);
  const framesInChain = chain.map(([, x]) => framesOf(x) ?? []);
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, x] = chain[i]!;
    const frames =
      i > 0 ? fromHandler(framesInChain[i]!, framesInChain[i - 1]!) : framesInChain[i]!;
    if (msg !== null) out += ctx.emit(msg);
    if (!(x instanceof BaseExceptionGroup)) {
      if (frames.length > 0) {
        out += ctx.emit("Traceback (most recent call last):\n");
        out += ctx.emit(formatFrames(frames));
      }
      out += ctx.emit(formatExceptionOnly(x));
      continue;
    }
    if (ctx.depth > MAX_GROUP_DEPTH) {
      out += ctx.emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
      continue;
    }
    const topLevel = ctx.depth === 0;
    if (topLevel) ctx.depth++;
    if (frames.length > 0) {
      out += ctx.emit("Exception Group Traceback (most recent call last):\n", topLevel ? "+" : "|");
      out += ctx.emit(formatFrames(frames));
    }
    out += ctx.emit(formatExceptionOnly(x));
    const count = x.exceptions.length;
    const n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
    ctx.needClose = false;
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      if (last) ctx.needClose = true;
      const truncated = i >= MAX_GROUP_WIDTH;
      const title = truncated ? "..." : String(i + 1);
      out += `${ctx.indent()}${i === 0 ? "+-" : "  "}+---------------- ${title} ----------------\n`;
      ctx.depth++;
      if (!truncated) {
        out += format(x.exceptions[i], framesOf, ctx);
      } else {
        const remaining = count - MAX_GROUP_WIDTH;
        out += ctx.emit(`and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
      }
      if (last && ctx.needClose) {
        out += `${ctx.indent()}+------------------------------------\n`;
        ctx.needClose = false;
      }
      ctx.depth--;
    }
    if (topLevel) ctx.depth = 0;
  }
  return out;
}

/**
 * CPython's traceback text for `e`, ending with a newline. `frames` gives each exception's
 * traceback entries; an exception without frames prints only its `Type: message` line.
 */
export function formatException(e: unknown, frames?: FramesOf): string {
  const framesOf =
    frames === undefined
      ? () => undefined
      : Array.isArray(frames)
        ? (x: unknown) => (x === e ? frames : undefined)
        : (x: unknown) => (x instanceof BaseException ? frames(x) : undefined);
  return format(e, framesOf, new Context());
}

/** Writes `formatException(e, frames)` to the program's stderr. */
export function printException(e: unknown, frames?: FramesOf): void {
  writeStderr(formatException(e, frames));
}
