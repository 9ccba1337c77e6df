// Line printer for the emitted TypeScript: indentation, placeholder lines filled in later
// (hoisted declarations), and source positions recorded per line. Knows nothing of Python.

interface Line {
  indent: number;
  text: string;
  /** Source offset the line came from, or -1. */
  origin: number;
  /** Extra (column, origin) marks inside the line. */
  marks: { column: number; origin: number }[];
}

/** One generated-position → source-offset mapping (line 0-based, column 0-based). */
export interface PrintedMapping {
  line: number;
  column: number;
  origin: number;
}

/** Accumulates lines of output. */
export class Printer {
  private readonly lines: (Line | null)[] = [];
  private indent = 0;

  /** Appends one line (without its trailing newline) that came from source offset `origin`. */
  line(text: string, origin = -1): void {
    this.lines.push({ indent: this.indent, text, origin, marks: [] });
  }

  /** Appends `text {` and indents. */
  open(text: string, origin = -1): void {
    this.line(text.length ? `${text} {` : "{", origin);
    this.indent++;
  }

  /** Appends a line that opens a block with its own bracket (e.g. `f({`) and indents. */
  openRaw(text: string, origin = -1): void {
    this.line(text, origin);
    this.indent++;
  }

  /** Dedents and appends `}` followed by `suffix`. */
  close(suffix = ""): void {
    this.indent--;
    this.line(`}${suffix}`);
  }

  /** Dedents, then `} text {` and indents again (`} else {`). */
  reopen(text: string, origin = -1): void {
    this.indent--;
    this.line(`} ${text} {`, origin);
    this.indent++;
  }

  /** Reserves a line at the current indentation to be filled (or dropped) later. */
  placeholder(): number {
    this.lines.push(null);
    const at = this.lines.length - 1;
    this.pendingIndent.set(at, this.indent);
    return at;
  }

  private readonly pendingIndent = new Map<number, number>();

  /** Fills a placeholder; lines that are never filled vanish. */
  fill(at: number, text: string, origin = -1): void {
    this.lines[at] = { indent: this.pendingIndent.get(at) ?? 0, text, origin, marks: [] };
  }

  /** The text of the first line printed after line `at` (null: none). */
  textAfter(at: number): string | null {
    for (let i = at + 1; i < this.lines.length; i++) {
      const l = this.lines[i];
      if (l) return l.text;
    }
    return null;
  }

  /** Whether the last line printed is the given text (to avoid duplicate blank lines). */
  lastIs(text: string): boolean {
    for (let i = this.lines.length - 1; i >= 0; i--) {
      const l = this.lines[i];
      if (l) return l.text === text;
    }
    return text === "";
  }

  /** Adds a blank line unless the previous line is blank or an opening brace. */
  blank(): void {
    for (let i = this.lines.length - 1; i >= 0; i--) {
      const l = this.lines[i];
      if (!l) continue;
      if (l.text === "" || l.text.endsWith("{")) return;
      break;
    }
    if (this.lines.some((l) => l !== null)) this.line("");
  }

  /** The text and its mappings. */
  finish(): { code: string; mappings: PrintedMapping[] } {
    const out: string[] = [];
    const mappings: PrintedMapping[] = [];
    for (const l of this.lines) {
      if (!l) continue;
      const pad = l.text === "" ? "" : "  ".repeat(l.indent);
      if (l.origin >= 0 && l.text !== "") {
        mappings.push({ line: out.length, column: pad.length, origin: l.origin });
      }
      for (const m of l.marks) {
        mappings.push({ line: out.length, column: pad.length + m.column, origin: m.origin });
      }
      // A multi-line expression keeps the line's indentation on its continuation lines.
      out.push(
        pad +
          l.text
            .split("\n")
            .join(`\n${pad}`)
            .replace(/\n\s+\n/g, "\n\n"),
      );
    }
    while (out.length && out[out.length - 1] === "") out.pop();
    return { code: `${out.join("\n")}\n`, mappings: lineNumbers(out, mappings) };
  }
}

/** Mappings were recorded per printed entry; entries with newlines inside shift later lines. */
function lineNumbers(entries: string[], mappings: PrintedMapping[]): PrintedMapping[] {
  const first: number[] = [];
  let line = 0;
  for (const e of entries) {
    first.push(line);
    line += e.split("\n").length;
  }
  const out: PrintedMapping[] = [];
  for (const m of mappings) {
    out.push({ ...m, line: first[m.line] });
    // Continuation lines of a multi-line entry map to where the entry came from.
    const lines = entries[m.line].split("\n");
    for (let i = 1; i < lines.length; i++) {
      const column = lines[i].length - lines[i].trimStart().length;
      if (lines[i].trim()) out.push({ line: first[m.line] + i, column, origin: m.origin });
    }
  }
  return out;
}
