// Comparing a run with CPython's recorded output: CPython's tracebacks include frames of its own
// stdlib files, which the contract lets asyncio-ts leave out. Used by the conformance test and
// scripts/diffcheck.mjs.

/** What CPython's stdlib directory is written as in recordings (scripts/record.mjs). */
export const STDLIB = "<stdlib>";

/**
 * CPython's stderr without the traceback entries of its stdlib files (`File "<stdlib>/…"` and
 * the indented source and caret lines under it, also inside exception groups' `|` margins).
 */
export function withoutStdlibFrames(stderr: string): string {
  const kept: string[] = [];
  let frameBody: string | null = null;
  for (const line of stderr.split("\n")) {
    const frame = /^((?: *\| )?) {2}File "<stdlib>\//.exec(line);
    if (frame) frameBody = `${frame[1]}    `;
    else if (frameBody === null || !line.startsWith(frameBody)) {
      frameBody = null;
      kept.push(line);
    }
  }
  return kept.join("\n");
}
