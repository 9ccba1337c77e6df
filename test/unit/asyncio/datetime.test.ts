import { describe, expect, test } from "vitest";
import { async_def, asyncio } from "../../../runtime/asyncio/index.js";
import { sub } from "../../../runtime/builtins/arith.js";
import { datetime as dt } from "../../../runtime/stdlib/index.js";
import { print, run } from "./harness.js";

const { date, datetime, timedelta, timezone } = dt;
const s = (x: { __str__(): string }) => x.__str__();
const r = (x: { __repr__(): string }) => x.__repr__();

// Expected strings printed by python3 3.11.7 for the same expressions.
describe("datetime", () => {
  test("reprs, str, isoformat, arithmetic, strftime", () => {
    expect([
      r(new datetime(2025, 1, 1, 10, 30, 0, 5)),
      r(new datetime(2025, 1, 1, 10, 30, 7)),
      r(new datetime(2025, 1, 1)),
    ]).toEqual([
      "datetime.datetime(2025, 1, 1, 10, 30, 0, 5)",
      "datetime.datetime(2025, 1, 1, 10, 30, 7)",
      "datetime.datetime(2025, 1, 1, 0, 0)",
    ]);
    expect([
      r(new timedelta({ seconds: -1 })),
      s(new timedelta({ seconds: -1 })),
      s(new timedelta({ days: 2, hours: 3 })),
      r(new timedelta(0)),
    ]).toEqual([
      "datetime.timedelta(days=-1, seconds=86399)",
      "-1 day, 23:59:59",
      "2 days, 3:00:00",
      "datetime.timedelta(0)",
    ]);
    expect([
      r(new datetime(2025, 1, 1, { tzinfo: timezone.utc })),
      s(timezone.utc),
      r(new timezone(new timedelta({ hours: 1 }))),
    ]).toEqual([
      "datetime.datetime(2025, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)",
      "UTC",
      "datetime.timezone(datetime.timedelta(seconds=3600))",
    ]);
    expect(s(new timezone(new timedelta({ hours: -5, minutes: -30 })))).toBe("UTC-05:30");
    expect(new datetime(2025, 1, 1, 10, 30, 0, 500000, timezone.utc).isoformat()).toBe(
      "2025-01-01T10:30:00.500000+00:00",
    );
    expect(new datetime(2025, 1, 1, 10, 30).isoformat(" ", "minutes")).toBe("2025-01-01 10:30");
    expect(new timedelta({ minutes: 1.5 }).__truediv__(new timedelta({ seconds: 30 }))).toBe(3);
    expect(s(new timedelta({ hours: 1 }).__mul__(1.5) as InstanceType<typeof timedelta>)).toBe(
      "1:30:00",
    );
    expect(s(sub(new date(2025, 3, 1), new date(2025, 1, 1)))).toBe("59 days, 0:00:00");
    expect(
      s(new date(2025, 1, 31).__add__(new timedelta({ days: 1 })) as InstanceType<typeof date>),
    ).toBe("2025-02-01");
    expect(new datetime(2025, 1, 1, 10, 30).strftime("%Y %f %z|%Z|")).toBe("2025 000000 ||");
    expect(new datetime(2025, 1, 1, { tzinfo: timezone.utc }).strftime("%z %Z")).toBe("+0000 UTC");
    expect(s(datetime.fromtimestamp(0, timezone.utc))).toBe("1970-01-01 00:00:00+00:00");
    expect(new datetime(2024, 2, 29).weekday()).toBe(3);
  });

  test("now() reads the virtual wall clock (recorded: test/conformance/programs/datetime_now.py)", async () => {
    const main = async_def(async function main() {
      const start = datetime.now();
      print(r(start), start.isoformat(), s(date.today()));
      await asyncio.sleep(90.5);
      const now = datetime.now();
      print(s(now), s(sub(now, start)), datetime.now(timezone.utc).isoformat());
      print(now.strftime("%A %d %B %Y, %H:%M:%S"));
    });
    const result = await run(() => asyncio.run(main()));
    expect(result.stdout).toBe(
      [
        "datetime.datetime(2025, 1, 1, 10, 30) 2025-01-01T10:30:00 2025-01-01",
        "2025-01-01 10:31:30.500000 0:01:30.500000 2025-01-01T10:31:30.500000+00:00",
        "Wednesday 01 January 2025, 10:31:30",
        "",
      ].join("\n"),
    );
  });
});
