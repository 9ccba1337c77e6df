// The CLI's help text and its usage errors (exit status 2).

/** `asyncio-ts --help`. */
export const HELP = `Usage:
  asyncio-ts transpile FILE.py [-o OUT.ts]
  asyncio-ts run FILE.py [--clock real|virtual] [--epoch ISO] [--seed N] [--max-time S] [-- ARGS...]
  asyncio-ts --help | --version

transpile   print the TypeScript for FILE.py (or write it to OUT.ts); diagnostics go to
            stderr as FILE.py:LINE:COL: error: MESSAGE, and any error makes the exit status 1
run         run FILE.py like \`python3 FILE.py\`: its stdout, stderr and exit status
  --clock      real (default): sleeps take real time; virtual: time jumps, output is deterministic
  --epoch      wall-clock time at the start of a virtual run, read as UTC (default 2025-01-01T10:30:00)
  --seed       seed of the random module (default 0 on the virtual clock, random otherwise)
  --max-time   stop with status 4 once virtual time passes S seconds
  ARGS         become sys.argv[1:]

Exit status of run: the program's (0, sys.exit code, 1 for an uncaught exception or a compile
error), 3 on deadlock, 4 past --max-time, 2 for bad arguments.
`;

/** A bad command line: reported as one line, exit status 2. */
export class UsageError extends Error {}
