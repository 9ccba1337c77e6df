// Python's `datetime` (date, datetime, timedelta, timezone) on the run's clock: `now()`/`today()`
// read the virtual wall clock (UTC) or the real local time. Mirrors Lib/datetime.py (a subset).

import { clock, wallSeconds } from "../asyncio/clock.js";
import { NotImplemented } from "../builtins/arith.js";
import { pyClass } from "../builtins/classinfo.js";
import { OverflowError, TypeError as PyTypeError, ValueError } from "../builtins/exceptions.js";
import { splitKwargs } from "../builtins/kwargs.js";
import { struct_time, strftime as timeStrftime } from "./time.js";

const US_PER_DAY = 86_400_000_000;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m];
}

/** Proleptic Gregorian ordinal, 0001-01-01 is day 1 (`date.toordinal()`). */
function toOrdinal(y: number, m: number, d: number): number {
  const y1 = y - 1;
  let days = y1 * 365 + Math.floor(y1 / 4) - Math.floor(y1 / 100) + Math.floor(y1 / 400);
  for (let i = 1; i < m; i++) days += daysInMonth(y, i);
  return days + d;
}

function fromOrdinal(n: number): [number, number, number] {
  const ms = Date.UTC(1970, 0, 1) + (n - toOrdinal(1970, 1, 1)) * 86_400_000;
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  if (y < 1 || y > 9999) throw new OverflowError("date value out of range");
  return [y, date.getUTCMonth() + 1, date.getUTCDate()];
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

/** Arguments as CPython binds them: positional first, then keywords by name. */
function bind(
  args: unknown[],
  names: string[],
  defaults: Record<string, unknown>,
): Record<string, unknown> {
  const [pos, kw] = splitKwargs(args);
  const out: Record<string, unknown> = { ...defaults };
  pos.forEach((v, i) => {
    out[names[i]] = v;
  });
  for (const [k, v] of Object.entries(kw)) out[k] = v;
  return out;
}

/** Round half to even, as timedelta does for fractional microseconds. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** `datetime.timedelta`: a duration normalised to days, seconds (0..86399), microseconds. */
export class timedelta {
  readonly days: number;
  readonly seconds: number;
  readonly microseconds: number;

  constructor(...args: unknown[]) {
    const a = bind(
      args,
      ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"],
      {},
    );
    const n = (k: string) => Number(a[k] ?? 0);
    const total = roundHalfEven(
      (n("days") + n("weeks") * 7) * US_PER_DAY +
        (n("seconds") + n("minutes") * 60 + n("hours") * 3600) * 1e6 +
        n("milliseconds") * 1000 +
        n("microseconds"),
    );
    this.days = Math.floor(total / US_PER_DAY);
    const rest = total - this.days * US_PER_DAY;
    this.seconds = Math.floor(rest / 1e6);
    this.microseconds = rest - this.seconds * 1e6;
  }

  /** A timedelta of `us` microseconds. */
  static _of(us: number): timedelta {
    return new timedelta(0, 0, us);
  }

  /** Total microseconds (exact below 285 years). */
  _us(): number {
    return this.days * US_PER_DAY + this.seconds * 1e6 + this.microseconds;
  }

  /** `td.total_seconds()`. */
  total_seconds(): number {
    return this._us() / 1e6;
  }

  __add__(o: unknown): unknown {
    if (o instanceof timedelta) return timedelta._of(this._us() + o._us());
    if (o instanceof date) return o.__add__(this);
    return NotImplemented;
  }

  __radd__(o: unknown): unknown {
    return this.__add__(o);
  }

  __sub__(o: unknown): unknown {
    return o instanceof timedelta ? timedelta._of(this._us() - o._us()) : NotImplemented;
  }

  __neg__(): timedelta {
    return timedelta._of(-this._us());
  }

  __pos__(): timedelta {
    return this;
  }

  __abs__(): timedelta {
    return this._us() < 0 ? this.__neg__() : this;
  }

  __mul__(o: unknown): unknown {
    return typeof o === "number" ? timedelta._of(roundHalfEven(this._us() * o)) : NotImplemented;
  }

  __rmul__(o: unknown): unknown {
    return this.__mul__(o);
  }

  __truediv__(o: unknown): unknown {
    if (o instanceof timedelta) return this._us() / o._us();
    if (typeof o === "number") return timedelta._of(roundHalfEven(this._us() / o));
    return NotImplemented;
  }

  __floordiv__(o: unknown): unknown {
    if (o instanceof timedelta) return Math.floor(this._us() / o._us());
    if (typeof o === "number") return timedelta._of(Math.floor(this._us() / o));
    return NotImplemented;
  }

  __eq__(o: unknown): boolean {
    return o instanceof timedelta && this._us() === o._us();
  }

  __lt__(o: unknown): boolean {
    return this._us() < (o as timedelta)._us();
  }

  __le__(o: unknown): boolean {
    return this._us() <= (o as timedelta)._us();
  }

  __gt__(o: unknown): boolean {
    return this._us() > (o as timedelta)._us();
  }

  __ge__(o: unknown): boolean {
    return this._us() >= (o as timedelta)._us();
  }

  __bool__(): boolean {
    return this._us() !== 0;
  }

  __hash__(): number {
    return this._us();
  }

  /** `1 day, 2:03:04.000005` */
  __str__(): string {
    const mm = Math.floor(this.seconds / 60);
    let s = `${Math.floor(mm / 60)}:${pad(mm % 60)}:${pad(this.seconds % 60)}`;
    if (this.days) s = `${this.days} day${Math.abs(this.days) !== 1 ? "s" : ""}, ${s}`;
    if (this.microseconds) s += `.${pad(this.microseconds, 6)}`;
    return s;
  }

  /** `datetime.timedelta(days=-1, seconds=86399)` */
  __repr__(): string {
    const args: string[] = [];
    if (this.days) args.push(`days=${this.days}`);
    if (this.seconds) args.push(`seconds=${this.seconds}`);
    if (this.microseconds) args.push(`microseconds=${this.microseconds}`);
    return `datetime.timedelta(${args.length > 0 ? args.join(", ") : "0"})`;
  }

  toString(): string {
    return this.__str__();
  }
}

/** `datetime.timezone`: a fixed offset from UTC. */
export class timezone {
  /** `timezone.utc`. */
  static utc: timezone;

  constructor(
    readonly _offset: timedelta,
    readonly _name: string | null = null,
  ) {}

  /** The offset (the same for every datetime). */
  utcoffset(_dt: unknown): timedelta {
    return this._offset;
  }

  /** `UTC`, `UTC+01:00`, or the given name. */
  tzname(_dt: unknown): string {
    if (this._name !== null) return this._name;
    const us = this._offset._us();
    if (us === 0) return "UTC";
    const sign = us < 0 ? "-" : "+";
    const abs = Math.abs(us) / 1e6;
    return `UTC${sign}${pad(Math.floor(abs / 3600))}:${pad(Math.floor(abs / 60) % 60)}`;
  }

  __str__(): string {
    return this.tzname(null);
  }

  __repr__(): string {
    if (this === timezone.utc) return "datetime.timezone.utc";
    const name = this._name === null ? "" : `, '${this._name}'`;
    return `datetime.timezone(${this._offset.__repr__()}${name})`;
  }

  __eq__(o: unknown): boolean {
    return o instanceof timezone && this._offset._us() === o._offset._us();
  }

  toString(): string {
    return this.__str__();
  }
}
timezone.utc = new timezone(new timedelta(0));

function offsetText(tz: timezone | null, sep: string): string {
  if (tz === null) return "";
  const us = tz._offset._us();
  const sign = us < 0 ? "-" : "+";
  const abs = Math.abs(us) / 1e6;
  return `${sign}${pad(Math.floor(abs / 3600))}${sep}${pad(Math.floor(abs / 60) % 60)}`;
}

/** `datetime.date`. */
export class date {
  readonly year: number;
  readonly month: number;
  readonly day: number;

  constructor(...args: unknown[]) {
    const a = bind(args, ["year", "month", "day"], {});
    this.year = Number(a.year);
    this.month = Number(a.month);
    this.day = Number(a.day);
    if (!(this.month >= 1 && this.month <= 12)) throw new ValueError("month must be in 1..12");
    if (!(this.day >= 1 && this.day <= daysInMonth(this.year, this.month))) {
      throw new ValueError("day is out of range for month");
    }
  }

  /** `date.today()`: the local date of the run's wall clock. */
  static today(): date {
    const dt = datetime.fromtimestamp(wallSeconds());
    return new date(dt.year, dt.month, dt.day);
  }

  /** `date.fromtimestamp(ts)`: the local date of a POSIX timestamp. */
  static fromtimestamp(...args: unknown[]): date {
    const dt = datetime.fromtimestamp(...args);
    return new date(dt.year, dt.month, dt.day);
  }

  /** `date.fromordinal(n)`. */
  static fromordinal(n: number): date {
    const [y, m, d] = fromOrdinal(n);
    return new date(y, m, d);
  }

  /** `date.fromisoformat("YYYY-MM-DD")`. */
  static fromisoformat(s: string): date {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) throw new ValueError(`Invalid isoformat string: '${s}'`);
    return new date(Number(m[1]), Number(m[2]), Number(m[3]));
  }

  /** Days since 0001-01-01 (that day is 1). */
  toordinal(): number {
    return toOrdinal(this.year, this.month, this.day);
  }

  /** Monday is 0. */
  weekday(): number {
    return (this.toordinal() + 6) % 7;
  }

  /** Monday is 1. */
  isoweekday(): number {
    return this.weekday() + 1;
  }

  /** `YYYY-MM-DD` */
  isoformat(): string {
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`;
  }

  /** A copy with some fields replaced. */
  replace(...args: unknown[]): date {
    const a = bind(args, ["year", "month", "day"], {
      year: this.year,
      month: this.month,
      day: this.day,
    });
    return new date(a.year, a.month, a.day);
  }

  _struct(): struct_time {
    const yday = this.toordinal() - toOrdinal(this.year, 1, 1) + 1;
    return new struct_time(
      this.year,
      this.month,
      this.day,
      0,
      0,
      0,
      this.weekday(),
      yday,
      -1,
      "",
      0,
    );
  }

  /** `time.strftime` directives on this date. */
  strftime(fmt: string): string {
    return timeStrftime(fmt, this._struct());
  }

  __format__(spec: string): string {
    return spec === "" ? this.__str__() : this.strftime(spec);
  }

  __add__(o: unknown): unknown {
    if (!(o instanceof timedelta)) return NotImplemented;
    return date.fromordinal(this.toordinal() + o.days);
  }

  __radd__(o: unknown): unknown {
    return this.__add__(o);
  }

  __sub__(o: unknown): unknown {
    if (o instanceof timedelta) return date.fromordinal(this.toordinal() - o.days);
    if (o instanceof date && !(o instanceof datetime))
      return new timedelta(this.toordinal() - o.toordinal());
    return NotImplemented;
  }

  _key(): number {
    return this.toordinal();
  }

  __eq__(o: unknown): boolean {
    return o instanceof date && o.constructor === this.constructor && this._key() === o._key();
  }

  __lt__(o: unknown): boolean {
    return this._key() < (o as date)._key();
  }

  __le__(o: unknown): boolean {
    return this._key() <= (o as date)._key();
  }

  __gt__(o: unknown): boolean {
    return this._key() > (o as date)._key();
  }

  __ge__(o: unknown): boolean {
    return this._key() >= (o as date)._key();
  }

  __hash__(): number {
    return this._key();
  }

  __str__(): string {
    return this.isoformat();
  }

  __repr__(): string {
    return `datetime.date(${this.year}, ${this.month}, ${this.day})`;
  }

  toString(): string {
    return this.__str__();
  }
}

/** `datetime.datetime`: a date and a time of day, naive (local) or with a fixed-offset timezone. */
export class datetime extends date {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
  readonly tzinfo: timezone | null;

  constructor(...args: unknown[]) {
    const a = bind(
      args,
      ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"],
      {
        hour: 0,
        minute: 0,
        second: 0,
        microsecond: 0,
        tzinfo: null,
      },
    );
    super(a.year, a.month, a.day);
    this.hour = Number(a.hour);
    this.minute = Number(a.minute);
    this.second = Number(a.second);
    this.microsecond = Number(a.microsecond);
    this.tzinfo = (a.tzinfo as timezone | null) ?? null;
    if (!(this.hour >= 0 && this.hour < 24)) throw new ValueError("hour must be in 0..23");
    if (!(this.minute >= 0 && this.minute < 60)) throw new ValueError("minute must be in 0..59");
    if (!(this.second >= 0 && this.second < 60)) throw new ValueError("second must be in 0..59");
  }

  /** The datetime at `us` microseconds after 0001-01-01 00:00 (day 1), in `tz`. */
  static _fromUs(days: number, us: number, tz: timezone | null): datetime {
    const extra = Math.floor(us / US_PER_DAY);
    const inDay = us - extra * US_PER_DAY;
    const [y, m, d] = fromOrdinal(days + extra);
    const secs = Math.floor(inDay / 1e6);
    return new datetime(
      y,
      m,
      d,
      Math.floor(secs / 3600),
      Math.floor(secs / 60) % 60,
      secs % 60,
      inDay % 1e6,
      tz,
    );
  }

  /** `datetime.fromtimestamp(ts, tz=None)`: naive local time (UTC on the virtual clock) or in `tz`. */
  static override fromtimestamp(...args: unknown[]): datetime {
    const a = bind(args, ["timestamp", "tz"], { tz: null });
    const ts = Number(a.timestamp);
    const tz = (a.tz as timezone | null) ?? null;
    const us = Math.round(ts * 1e6);
    const epochDays = toOrdinal(1970, 1, 1);
    if (tz !== null) return datetime._fromUs(epochDays, us + tz._offset._us(), tz);
    if (clock.mode === "virtual") return datetime._fromUs(epochDays, us, null);
    const local = new Date(Math.floor(ts * 1000));
    const offsetUs = -local.getTimezoneOffset() * 60e6;
    return datetime._fromUs(epochDays, us + offsetUs, null);
  }

  /** `datetime.now(tz=None)` on the run's wall clock. */
  static now(...args: unknown[]): datetime {
    const a = bind(args, ["tz"], { tz: null });
    return datetime.fromtimestamp(wallSeconds(), a.tz ?? null);
  }

  /** `datetime.today()`. */
  static override today(): datetime {
    return datetime.now();
  }

  /** `datetime.utcnow()`: naive UTC. */
  static utcnow(): datetime {
    return datetime.now(timezone.utc).replace({ tzinfo: null });
  }

  /** `datetime.fromisoformat("YYYY-MM-DD[THH:MM[:SS[.ffffff]]][+HH:MM]")`. */
  static override fromisoformat(s: string): datetime {
    const m =
      /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(
        s,
      );
    if (!m) throw new ValueError(`Invalid isoformat string: '${s}'`);
    let tz: timezone | null = null;
    if (m[8] === "Z") tz = timezone.utc;
    else if (m[8]) {
      const sign = m[8][0] === "-" ? -1 : 1;
      tz = new timezone(
        new timedelta({
          hours: sign * Number(m[8].slice(1, 3)),
          minutes: sign * Number(m[8].slice(4, 6)),
        }),
      );
    }
    const us = m[7] ? Number(m[7].padEnd(6, "0")) : 0;
    return new datetime(
      Number(m[1]),
      Number(m[2]),
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      us,
      tz,
    );
  }

  /** `datetime.combine(date, time)` is not provided; `dt.date()` is. */
  date(): date {
    return new date(this.year, this.month, this.day);
  }

  _dayUs(): number {
    return ((this.hour * 60 + this.minute) * 60 + this.second) * 1e6 + this.microsecond;
  }

  /** Microseconds since the epoch, UTC (naive: as local time). */
  _epochUs(): number {
    const naive = (this.toordinal() - toOrdinal(1970, 1, 1)) * US_PER_DAY + this._dayUs();
    if (this.tzinfo !== null) return naive - this.tzinfo._offset._us();
    if (clock.mode === "virtual") return naive;
    const probe = new Date(naive / 1000);
    return naive + probe.getTimezoneOffset() * 60e6;
  }

  /** POSIX timestamp (float seconds). */
  timestamp(): number {
    return this._epochUs() / 1e6;
  }

  /** The offset of `tzinfo`, or None. */
  utcoffset(): timedelta | null {
    return this.tzinfo === null ? null : this.tzinfo._offset;
  }

  /** The zone's name, or None. */
  tzname(): string | null {
    return this.tzinfo === null ? null : this.tzinfo.tzname(this);
  }

  /** The same instant in `tz` (default: local). */
  astimezone(tz: timezone | null = null): datetime {
    const ts = this.timestamp();
    return datetime.fromtimestamp(ts, tz ?? (clock.mode === "virtual" ? timezone.utc : null));
  }

  /** A copy with some fields replaced (`tzinfo=None` makes it naive). */
  override replace(...args: unknown[]): datetime {
    const names = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"];
    const a = bind(args, names, {
      year: this.year,
      month: this.month,
      day: this.day,
      hour: this.hour,
      minute: this.minute,
      second: this.second,
      microsecond: this.microsecond,
      tzinfo: this.tzinfo,
    });
    return new datetime(...names.map((n) => a[n]));
  }

  /** `2025-01-01T10:30:00[.ffffff][+00:00]`; `timespec` as CPython. */
  override isoformat(...args: unknown[]): string {
    const a = bind(args, ["sep", "timespec"], { sep: "T", timespec: "auto" });
    let spec = String(a.timespec);
    if (spec === "auto") spec = this.microsecond ? "microseconds" : "seconds";
    const parts: Record<string, string> = {
      hours: pad(this.hour),
      minutes: `${pad(this.hour)}:${pad(this.minute)}`,
      seconds: `${pad(this.hour)}:${pad(this.minute)}:${pad(this.second)}`,
      milliseconds: `${pad(this.hour)}:${pad(this.minute)}:${pad(this.second)}.${pad(Math.floor(this.microsecond / 1000), 3)}`,
      microseconds: `${pad(this.hour)}:${pad(this.minute)}:${pad(this.second)}.${pad(this.microsecond, 6)}`,
    };
    if (!(spec in parts)) throw new ValueError("Unknown timespec value");
    return `${super.isoformat()}${a.sep}${parts[spec]}${offsetText(this.tzinfo, ":")}`;
  }

  override _struct(): struct_time {
    const s = super._struct();
    return new struct_time(
      s.tm_year,
      s.tm_mon,
      s.tm_mday,
      this.hour,
      this.minute,
      this.second,
      s.tm_wday,
      s.tm_yday,
      -1,
      this.tzinfo === null ? "" : this.tzinfo.tzname(this),
      this.tzinfo === null ? 0 : this.tzinfo._offset._us() / 1e6,
    );
  }

  /** `strftime` with `%f` (microseconds) and `%z`/`%Z` from `tzinfo` (empty when naive). */
  override strftime(fmt: string): string {
    const local = fmt.replace(/%([%fzZ])/g, (_whole, c: string) => {
      if (c === "%") return "%%";
      if (c === "f") return pad(this.microsecond, 6);
      if (c === "z") return offsetText(this.tzinfo, "");
      return this.tzinfo === null ? "" : this.tzinfo.tzname(this);
    });
    return timeStrftime(local, this._struct());
  }

  override __add__(o: unknown): unknown {
    if (!(o instanceof timedelta)) return NotImplemented;
    return datetime._fromUs(this.toordinal(), this._dayUs() + o._us(), this.tzinfo);
  }

  override __sub__(o: unknown): unknown {
    if (o instanceof timedelta)
      return datetime._fromUs(this.toordinal(), this._dayUs() - o._us(), this.tzinfo);
    if (o instanceof datetime) {
      if ((this.tzinfo === null) !== (o.tzinfo === null)) {
        throw new PyTypeError("can't subtract offset-naive and offset-aware datetimes");
      }
      return timedelta._of(this._key() - o._key());
    }
    return NotImplemented;
  }

  override _key(): number {
    const naive = (this.toordinal() - 1) * US_PER_DAY + this._dayUs();
    return this.tzinfo === null ? naive : naive - this.tzinfo._offset._us();
  }

  /** `2025-01-01 10:30:00[.ffffff][+00:00]` */
  override __str__(): string {
    return this.isoformat(" ");
  }

  /** `datetime.datetime(2025, 1, 1, 10, 30)`: trailing zero seconds/microseconds left out. */
  override __repr__(): string {
    const f = [
      this.year,
      this.month,
      this.day,
      this.hour,
      this.minute,
      this.second,
      this.microsecond,
    ];
    if (f[6] === 0) {
      f.pop();
      if (f[5] === 0) f.pop();
    }
    const tz = this.tzinfo === null ? "" : `, tzinfo=${this.tzinfo.__repr__()}`;
    return `datetime.datetime(${f.join(", ")}${tz})`;
  }
}

for (const [cls, name] of [
  [timedelta, "timedelta"],
  [timezone, "timezone"],
  [date, "date"],
  [datetime, "datetime"],
] as const) {
  pyClass(cls, "datetime", name);
}

/** `datetime.MINYEAR`. */
export const MINYEAR = 1;
/** `datetime.MAXYEAR`. */
export const MAXYEAR = 9999;
