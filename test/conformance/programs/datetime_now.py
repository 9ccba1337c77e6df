# datetime reads the virtual wall clock: 2025-01-01 10:30:00 UTC at virtual time 0.
import asyncio
import datetime
from datetime import date, timezone


async def main():
    start = datetime.datetime.now()
    print(repr(start), start.isoformat(), date.today())
    await asyncio.sleep(90.5)
    now = datetime.datetime.now()
    print(now, now - start, datetime.datetime.now(timezone.utc).isoformat())
    print(now.strftime("%A %d %B %Y, %H:%M:%S"), isinstance(now, datetime.datetime))


asyncio.run(main())
