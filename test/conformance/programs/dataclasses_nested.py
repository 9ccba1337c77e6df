"""Dataclasses defined inside functions print their qualified name, as CPython's repr does."""
import asyncio
from dataclasses import dataclass, field


def make(n):
    @dataclass
    class Reading:
        sensor: str
        values: list = field(default_factory=list)

    return Reading(f"s{n}", list(range(n)))


async def main():
    @dataclass(frozen=True, order=True)
    class Event:
        at: float
        name: str

    events = sorted([Event(0.5, "b"), Event(0.1, "a")])
    await asyncio.sleep(0.1)
    print(events, make(2), type(make(1)).__qualname__, type(events[0]).__name__)


asyncio.run(main())
