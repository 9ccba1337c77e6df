// The one clock of a run: virtual (integer nanoseconds that move only when told) or real.
// Implements /docs VIRTUAL-TIME rules: loop.time() == ns / 1e9, time.time() == EPOCH + ns / 1e9.

/** Which clock the run uses. */
export type ClockMode = "virtual" | "real";

/** The clock's state; reset by `resetClock` at the start of every program run. */
export const clock = {
  mode: "virtual" as ClockMode,
  /** Virtual monotonic time in integer nanoseconds. */
  ns: 0,
  /** Whole seconds since 1970 UTC that virtual ns 0 stands for. */
  epoch: 1735727400,
  /** Virtual time limit in ns (`--max-time`); Infinity when off. */
  maxNs: Number.POSITIVE_INFINITY,
  /** `performance.now()` at the start of a real-clock run. */
  realStartMs: 0,
};

/** Round half up, as the virtual-time contract quantises seconds to nanoseconds. */
export function rhu(x: number): number {
  return Math.floor(x + 0.5);
}

/** Starts a fresh clock. */
export function resetClock(mode: ClockMode, epoch = 1735727400, maxTime?: number): void {
  clock.mode = mode;
  clock.ns = 0;
  clock.epoch = epoch;
  clock.maxNs = maxTime === undefined ? Number.POSITIVE_INFINITY : rhu(maxTime * 1e9);
  clock.realStartMs = mode === "real" ? performance.now() : 0;
}

/** Monotonic time in integer nanoseconds. */
export function nowNs(): number {
  if (clock.mode === "virtual") return clock.ns;
  return Math.round((performance.now() - clock.realStartMs) * 1e6);
}

/** Monotonic time in seconds (`loop.time()`, `time.monotonic()`). */
export function monotonicSeconds(): number {
  return nowNs() / 1e9;
}

/** Wall-clock seconds since 1970 (`time.time()`). */
export function wallSeconds(): number {
  if (clock.mode === "virtual") return clock.epoch + clock.ns / 1e9;
  return Date.now() / 1000;
}

/** Wall-clock integer nanoseconds since 1970 (`time.time_ns()`), exact while it fits a double. */
export function wallNs(): number {
  if (clock.mode === "virtual") return clock.epoch * 1e9 + clock.ns;
  return Date.now() * 1e6;
}
