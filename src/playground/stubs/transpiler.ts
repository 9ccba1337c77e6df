// Development stand-in for transpiler/index.ts (helper H4) until it lands; vite.config.ts aliases to it.
import { GenMapping, maybeAddMapping, toEncodedMap } from "@jridgewell/gen-mapping";
import type { Diagnostic } from "../../../transpiler/diagnostics.js";

/** Same shape as the real transpiler's result. */
export interface TranspileResult {
  code: string;
  map: ReturnType<typeof toEncodedMap>;
  diagnostics: Diagnostic[];
}

/** Echoes the Python as comments, translating only `print("…")`, `while True: pass` and a print loop. */
export function transpile(source: string, options: { fileName?: string } = {}): TranspileResult {
  const fileName = options.fileName ?? "main.py";
  const gen = new GenMapping({ file: "main.ts" });
  const out: string[] = ['import { print } from "asyncio-ts/runtime";'];
  const diagnostics: Diagnostic[] = [];
  let offset = 0;
  source.split("\n").forEach((line, i) => {
    const m = /^\s*print\((".*")\)\s*$/.exec(line);
    maybeAddMapping(gen, {
      generated: { line: out.length + 1, column: 0 },
      original: { line: i + 1, column: 0 },
      source: fileName,
    });
    const flood = /^for i in range\((\d+)\): print\(i\)$/.exec(line);
    if (m) out.push(`print(${m[1]});`);
    else if (line === "while True: pass") out.push("while (true) {}");
    else if (flood) out.push(`for (let i = 0; i < ${flood[1]}; i++) print(i);`);
    else out.push(`// ${line}`);
    if (line.includes("@@")) {
      const col = line.indexOf("@@");
      diagnostics.push({
        severity: "error",
        kind: "SyntaxError",
        message: "invalid syntax",
        from: offset + col,
        to: offset + col + 2,
        start: { line: i + 1, column: col + 1 },
      });
    }
    offset += line.length + 1;
  });
  return { code: out.join("\n"), map: toEncodedMap(gen), diagnostics };
}
