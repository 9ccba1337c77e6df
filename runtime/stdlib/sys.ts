// Python's `sys`: argv, exit, stdout/stderr writers, a few constants. Mirrors Python/sysmodule.c.
import { SystemExit } from "../builtins/exceptions.js";
import { writeStderr, writeStdout } from "../builtins/output.js";

/** `sys.argv`: `[PROGRAM, ...args]`, set by runtime/program.ts for each run. */
export const argv: string[] = [];

/** Replaces `sys.argv`'s contents (program start). */
export function setArgv(values: string[]): void {
  argv.length = 0;
  argv.push(...values);
}

/** `sys.exit(code=None)`: raises SystemExit. */
export function exit(code: unknown = null): never {
  throw code === null || code === undefined ? new SystemExit() : new SystemExit(code);
}

/** `sys.stdout`: `write(s)` returns the number of characters written. */
export const stdout = {
  write(s: string): number {
    writeStdout(s);
    return s.length;
  },
  flush(): null {
    return null;
  },
};

/** `sys.stderr`. */
export const stderr = {
  write(s: string): number {
    writeStderr(s);
    return s.length;
  },
  flush(): null {
    return null;
  },
};

/** `sys.platform`. */
export const platform = "linux";
/** `sys.version`. */
export const version = "3.11.7 (asyncio-ts)";
/** `sys.maxsize` within JS's safe integers. */
export const maxsize = Number.MAX_SAFE_INTEGER;
