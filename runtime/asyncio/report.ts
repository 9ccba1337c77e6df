// Errors with nowhere to go, written to stderr as CPython's default exception handler logs them.
// Mirrors BaseEventLoop.default_exception_handler (Lib/asyncio/base_events.py).
import { writeStderr } from "../builtins/output.js";
import { reprOf } from "./future.js";

/** How an exception becomes traceback text; runtime/program.ts installs the builtins' formatter. */
export const reporting = {
  formatException(e: unknown): string {
    return `Traceback (most recent call last):\n${exceptionLine(e)}\n`;
  },
};

/** The last traceback line: `Type: message`, or `Type` when the message is empty. */
export function exceptionLine(e: unknown): string {
  if (e instanceof Error) {
    const str = (e as { __str__?: () => string }).__str__;
    const msg = typeof str === "function" ? str.call(e) : e.message;
    return msg === "" ? e.name : `${e.name}: ${msg}`;
  }
  return `Exception: ${String(e)}`;
}

/** Writes `message`, the other context entries as `key: repr`, then the exception's traceback. */
export function reportException(context: Record<string, unknown>): void {
  const lines = [String(context.message ?? "Unhandled exception in event loop")];
  for (const key of Object.keys(context).sort()) {
    if (key === "message" || key === "exception") continue;
    lines.push(`${key}: ${reprOf(context[key])}`);
  }
  let text = `${lines.join("\n")}\n`;
  if (context.exception !== undefined && context.exception !== null) {
    text += reporting.formatException(context.exception);
  }
  writeStderr(text);
}
