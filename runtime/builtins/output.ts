// Where the program's stdout and stderr go: a sink installed per run by runtime/program.ts.

/** Receives the program's output text, in the order it was written. */
export interface OutputSink {
  write(stream: "stdout" | "stderr", text: string): void;
}

let sink: OutputSink = { write() {} };

/** Installs the sink for the next program run. */
export function setOutputSink(s: OutputSink): void {
  sink = s;
}

/** Writes text to the program's stdout. */
export function writeStdout(text: string): void {
  sink.write("stdout", text);
}

/** Writes text to the program's stderr. */
export function writeStderr(text: string): void {
  sink.write("stderr", text);
}
