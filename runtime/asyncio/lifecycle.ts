// How the runtime ends a program at once (deadlock, virtual time limit): runtime/program.ts installs the hook.

/** True once the program was abandoned; the loop then never runs another callback. */
export const lifecycle = {
  aborted: false,
  hook: undefined as ((exitCode: number, message: string) => void) | undefined,
};

/**
 * Abandons the running program: no further callback runs, no `finally` block runs.
 * `message` is the stderr line (without newline) the program's host prints.
 */
export function abortProgram(exitCode: number, message: string): void {
  if (lifecycle.aborted) return;
  lifecycle.aborted = true;
  if (lifecycle.hook) lifecycle.hook(exitCode, message);
  else throw new Error(message);
}
