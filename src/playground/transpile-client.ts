// The page's side of the transpile worker: only the newest request's answer is delivered.
import type { TranspileReply, TranspileRequest } from "./protocol.js";

/** Sends sources to the transpile worker; `onResult` gets the reply to the latest one. */
export class TranspileClient {
  private readonly worker = new Worker(new URL("./transpile.worker.ts", import.meta.url), {
    type: "module",
  });
  private latest = 0;

  constructor(onResult: (reply: TranspileReply) => void) {
    this.worker.onmessage = (ev: MessageEvent<TranspileReply>) => {
      if (ev.data.id === this.latest) onResult(ev.data);
    };
  }

  /** Asks for the TypeScript of `source`. */
  request(source: string, fileName: string): void {
    const message: TranspileRequest = { id: ++this.latest, source, fileName };
    this.worker.postMessage(message);
  }
}
