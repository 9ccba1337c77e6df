// The transpile worker: turns the Python pane's text into TypeScript off the main thread, so typing
// never waits for the transpiler however long the program gets.
import { transpile } from "../../transpiler/index.js";
import type { SourceMapJson, TranspileReply, TranspileRequest } from "./protocol.js";

self.onmessage = (ev: MessageEvent<TranspileRequest>) => {
  const { id, source, fileName } = ev.data;
  const t0 = performance.now();
  let reply: TranspileReply;
  try {
    const r = transpile(source, { fileName });
    reply = {
      id,
      code: r.code,
      map: r.map as unknown as SourceMapJson,
      diagnostics: r.diagnostics,
      ms: performance.now() - t0,
    };
  } catch (e) {
    const message = `internal transpiler error: ${e instanceof Error ? e.message : String(e)}`;
    reply = {
      id,
      code: `// ${message}\n`,
      map: { version: 3, sources: [], names: [], mappings: "" },
      diagnostics: [],
      ms: performance.now() - t0,
    };
  }
  (self as unknown as Worker).postMessage(reply);
};
