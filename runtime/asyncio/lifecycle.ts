// How the runtime ends a program at once (deadlock, virtual time limit): runtime/program.ts installs
// the hook. Each run has a generation number, so an abandoned run can never run again.

/** The current run's state. */
export const lifecycle = {
  /** True once the program was abandoned; its loop never runs another callback, its output is dropped. */
  aborted: false,
  /** Bumped by every program start; loops remember the generation they were made in. */
  generation: 0,
  hook: undefined as ((exitCode: number, message: string) => void) | undefined,
};

/** Thrown to stop the running JS code of an abandoned program (e.g. from `time.sleep`). */
export class ProgramAborted {
  constructor(readonly message: string) {}
}

/**
 * Abandons the running program: no further callback runs, no output is written after `message`
 * (the stderr line, without newline, that the program's host prints).
 */
export function abortProgram(exitCode: number, message: string): void {
  if (lifecycle.aborted) return;
  lifecycle.aborted = true;
  if (lifecycle.hook) lifecycle.hook(exitCode, message);
  else throw new Error(message);
}
