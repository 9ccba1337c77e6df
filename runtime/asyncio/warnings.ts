// "RuntimeWarning: coroutine 'f' was never awaited": CPython warns when such a coroutine is
// collected; we warn when `asyncio.run` ends (coroutines made in the loop) and when the program ends.
import { writeStderr } from "../builtins/output.js";
import { type Coroutine, takeNeverAwaited } from "./coroutine.js";

/** Turns one never-awaited coroutine into CPython's warning text; runtime/program.ts may refine it. */
export const warningFormat = {
  neverAwaited(coro: Coroutine<unknown>): string {
    return `sys:1: RuntimeWarning: coroutine '${coro.__qualname__}' was never awaited\n`;
  },
};

/** Writes the warning for each never-started coroutine (only those made in a loop when `loopOnly`). */
export function reportNeverAwaited(loopOnly: boolean): void {
  for (const coro of takeNeverAwaited((c) => !loopOnly || c._inLoop)) {
    writeStderr(warningFormat.neverAwaited(coro));
  }
}
