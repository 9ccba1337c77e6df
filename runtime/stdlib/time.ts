// Python's `time` module on the run's clock: virtual (UTC, moves only when told) or real (local time).
// Mirrors Modules/timemodule.c for the functions the contract lists; `sleep` blocks as CPython's does.

import { clock, monotonicSeconds, nowNs, rhu, wallNs, wallSeconds } from "../asyncio/clock.js";
import { current } from "../asyncio/current.js";
import { abortProgram, ProgramAborted } from "../asyncio/lifecycle.js";
import { pyClass } from "../builtins/classinfo.js";
import { TypeError as PyTypeError, ValueError } from "../builtins/exceptions.js";
import { emitEvent, eventsWanted } from "../events.js";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `time.struct_time`: the broken-down time `localtime()`/`gmtime()` return. */
export class struct_time {
  constructor(
    readonly tm_year: number,
    readonly tm_mon: number,
    readonly tm_mday: number,
    readonly tm_hour: number,
    readonly tm_min: number,
    readonly tm_sec: number,
    readonly tm_wday: number,
    readonly tm_yday: number,
    readonly tm_isdst: number,
    readonly tm_zone: string,
    readonly tm_gmtoff: number,
  ) {}

  /** `time.struct_time(tm_year=…, …)` */
  __repr__(): string {
    return `time.struct_time(tm_year=${this.tm_year}, tm_mon=${this.tm_mon}, tm_mday=${this.tm_mday}, tm_hour=${this.tm_hour}, tm_min=${this.tm_min}, tm_sec=${this.tm_sec}, tm_wday=${this.tm_wday}, tm_yday=${this.tm_yday}, tm_isdst=${this.tm_isdst})`;
  }

  toString(): string {
    return this.__repr__();
  }
}
pyClass(struct_time, "time");

function breakDown(secs: number, utc: boolean): struct_time {
  const d = new Date(Math.floor(secs) * 1000);
  const year = utc ? d.getUTCFullYear() : d.getFullYear();
  const month = utc ? d.getUTCMonth() : d.getMonth();
  const day = utc ? d.getUTCDate() : d.getDate();
  const jsDay = utc ? d.getUTCDay() : d.getDay();
  const yday = Math.round((Date.UTC(year, month, day) - Date.UTC(year, 0, 1)) / 86400000) + 1;
  const offsetMin = utc ? 0 : -d.getTimezoneOffset();
  const zone = utc
    ? "UTC"
    : (Intl.DateTimeFormat("en-US", { timeZoneName: "short" })
        .formatToParts(d)
        .find((p) => p.type === "timeZoneName")?.value ?? "");
  return new struct_time(
    year,
    month + 1,
    day,
    utc ? d.getUTCHours() : d.getHours(),
    utc ? d.getUTCMinutes() : d.getMinutes(),
    utc ? d.getUTCSeconds() : d.getSeconds(),
    (jsDay + 6) % 7,
    yday,
    0,
    zone,
    offsetMin * 60,
  );
}

/** The virtual clock's wall time is UTC (TZ=UTC); the real clock's is the host's local time. */
function localIsUtc(): boolean {
  return clock.mode === "virtual";
}

/** `time.time()`: seconds since the epoch as a float. */
export function time(): number {
  return wallSeconds();
}

/** `time.time_ns()`: integer nanoseconds since the epoch. */
export function time_ns(): number {
  return wallNs();
}

/** `time.monotonic()`. */
export function monotonic(): number {
  return monotonicSeconds();
}

/** `time.monotonic_ns()`. */
export function monotonic_ns(): number {
  return nowNs();
}

/** `time.perf_counter()` (the same clock as monotonic, as the virtual-time contract says). */
export function perf_counter(): number {
  return monotonicSeconds();
}

/** `time.perf_counter_ns()`. */
export function perf_counter_ns(): number {
  return nowNs();
}

/** `time.process_time()`: not virtual; the host's elapsed CPU-ish time. */
export function process_time(): number {
  return performance.now() / 1000;
}

function blockReal(ms: number): void {
  if (ms <= 0) return;
  try {
    const cell = new Int32Array(new SharedArrayBuffer(4));
    Atomics.wait(cell, 0, 0, ms);
    return;
  } catch {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      // Busy-wait: Atomics.wait is not allowed here (e.g. a browser's main thread).
    }
  }
}

/** `time.sleep(secs)`: blocks everything. Virtual: the clock jumps at once; real: the thread stalls. */
export function sleep(secs: number): null {
  if (typeof secs !== "number" || Number.isNaN(secs)) {
    if (Number.isNaN(secs)) throw new ValueError("Invalid value NaN (not a number)");
    throw new PyTypeError(`'${typeof secs}' object cannot be interpreted as an integer`);
  }
  if (secs < 0) throw new ValueError("sleep length must be non-negative");
  const start = monotonicSeconds();
  if (clock.mode === "virtual") {
    const ns = clock.ns + rhu(secs * 1e9);
    if (ns > clock.maxNs) {
      abortProgram(4, "virtual time limit exceeded");
      throw new ProgramAborted("virtual time limit exceeded");
    }
    clock.ns = ns;
  } else {
    blockReal(secs * 1000);
  }
  if (eventsWanted()) {
    const task = current.running?._stepping;
    emitEvent({
      kind: "blocking-sleep",
      time: start,
      task: task ? task._id : 0,
      name: task?.get_name(),
      duration: secs,
    });
  }
  return null;
}

function toStruct(t: unknown, utc: boolean): struct_time {
  if (t === undefined || t === null) return breakDown(wallSeconds(), utc);
  if (t instanceof struct_time) return t;
  if (Array.isArray(t)) {
    const v = t as number[];
    return new struct_time(
      v[0],
      v[1],
      v[2],
      v[3],
      v[4],
      v[5],
      v[6],
      v[7],
      v[8] ?? 0,
      utc ? "UTC" : "",
      0,
    );
  }
  throw new PyTypeError("Tuple or struct_time argument required");
}

/** `time.gmtime(secs=None)`. */
export function gmtime(secs?: number | null): struct_time {
  return breakDown(secs === undefined || secs === null ? wallSeconds() : secs, true);
}

/** `time.localtime(secs=None)` (UTC on the virtual clock). */
export function localtime(secs?: number | null): struct_time {
  return breakDown(secs === undefined || secs === null ? wallSeconds() : secs, localIsUtc());
}

/** `time.mktime(t)`: the inverse of localtime. */
export function mktime(t: struct_time | number[]): number {
  const s = toStruct(t, localIsUtc());
  const ms = localIsUtc()
    ? Date.UTC(s.tm_year, s.tm_mon - 1, s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec)
    : new Date(s.tm_year, s.tm_mon - 1, s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec).getTime();
  return ms / 1000;
}

function pad(n: number, width: number, fill = "0"): string {
  return String(n).padStart(width, fill);
}

function weekNumber(s: struct_time, firstDay: number): number {
  const wdaySun = (s.tm_wday + 1) % 7;
  const wday = firstDay === 0 ? wdaySun : s.tm_wday;
  return Math.floor((s.tm_yday - 1 + 7 - wday) / 7);
}

/** `time.asctime(t=None)`: `Wed Jan  1 10:30:00 2025`. */
export function asctime(t?: struct_time | number[] | null): string {
  const s = toStruct(t, localIsUtc());
  return `${DAYS[s.tm_wday].slice(0, 3)} ${MONTHS[s.tm_mon - 1].slice(0, 3)} ${pad(s.tm_mday, 2, " ")} ${pad(s.tm_hour, 2)}:${pad(s.tm_min, 2)}:${pad(s.tm_sec, 2)} ${s.tm_year}`;
}

/** `time.ctime(secs=None)`. */
export function ctime(secs?: number | null): string {
  return asctime(localtime(secs));
}

/** `time.strftime(format, t=None)` with the C library's directives (C locale). */
export function strftime(format: string, t?: struct_time | number[] | null): string {
  const s = toStruct(t, localIsUtc());
  const hour12 = s.tm_hour % 12 === 0 ? 12 : s.tm_hour % 12;
  const offset = s.tm_gmtoff;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset) / 60;
  const directives: Record<string, () => string> = {
    a: () => DAYS[s.tm_wday].slice(0, 3),
    A: () => DAYS[s.tm_wday],
    b: () => MONTHS[s.tm_mon - 1].slice(0, 3),
    h: () => MONTHS[s.tm_mon - 1].slice(0, 3),
    B: () => MONTHS[s.tm_mon - 1],
    c: () => asctime(s),
    C: () => pad(Math.floor(s.tm_year / 100), 2),
    d: () => pad(s.tm_mday, 2),
    D: () => `${pad(s.tm_mon, 2)}/${pad(s.tm_mday, 2)}/${pad(s.tm_year % 100, 2)}`,
    e: () => pad(s.tm_mday, 2, " "),
    F: () => `${s.tm_year}-${pad(s.tm_mon, 2)}-${pad(s.tm_mday, 2)}`,
    H: () => pad(s.tm_hour, 2),
    I: () => pad(hour12, 2),
    j: () => pad(s.tm_yday, 3),
    k: () => pad(s.tm_hour, 2, " "),
    l: () => pad(hour12, 2, " "),
    m: () => pad(s.tm_mon, 2),
    M: () => pad(s.tm_min, 2),
    n: () => "\n",
    p: () => (s.tm_hour < 12 ? "AM" : "PM"),
    r: () =>
      `${pad(hour12, 2)}:${pad(s.tm_min, 2)}:${pad(s.tm_sec, 2)} ${s.tm_hour < 12 ? "AM" : "PM"}`,
    R: () => `${pad(s.tm_hour, 2)}:${pad(s.tm_min, 2)}`,
    S: () => pad(s.tm_sec, 2),
    t: () => "\t",
    T: () => `${pad(s.tm_hour, 2)}:${pad(s.tm_min, 2)}:${pad(s.tm_sec, 2)}`,
    u: () => String(s.tm_wday + 1),
    U: () => pad(weekNumber(s, 0), 2),
    w: () => String((s.tm_wday + 1) % 7),
    W: () => pad(weekNumber(s, 1), 2),
    x: () => `${pad(s.tm_mon, 2)}/${pad(s.tm_mday, 2)}/${pad(s.tm_year % 100, 2)}`,
    X: () => `${pad(s.tm_hour, 2)}:${pad(s.tm_min, 2)}:${pad(s.tm_sec, 2)}`,
    y: () => pad(s.tm_year % 100, 2),
    Y: () => String(s.tm_year),
    z: () => `${sign}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`,
    Z: () => s.tm_zone,
    "%": () => "%",
  };
  return format.replace(/%(.)/gs, (whole, ch: string) =>
    ch in directives ? directives[ch]() : whole,
  );
}
