"""typing.NamedTuple classes: fields with defaults, methods, repr, _asdict, _replace, unpacking."""
import asyncio
import math
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def distance(self, other: "Point") -> float:
        return math.hypot(self.x - other.x, self.y - other.y)

    def __str__(self):
        return f"({self.x}, {self.y})"


class Result(NamedTuple):
    name: str
    ok: bool
    elapsed: float = 0.0
    tags: tuple = ()


async def check(name, delay):
    await asyncio.sleep(delay)
    return Result(name, delay < 0.3, delay)


async def main():
    results = await asyncio.gather(check("a", 0.1), check("b", 0.5), check("c", 0.2))
    for r in results:
        name, ok, elapsed, _ = r
        print(name, ok, elapsed, r)
    print([r.name for r in results if r.ok], max(results, key=lambda r: r.elapsed).name)


p = Point(3.0, 4.0)
q = Point(1.0)
print(p, repr(p), q, f"{p.distance(Point(0.0)):.2f}", p.x, p[1], len(p))
print(p._asdict(), p._replace(x=0.0), Point._fields, Point._field_defaults)
print(p == (3.0, 4.0), isinstance(p, tuple), type(p).__name__, sorted([p, q]))
x, y = q
print(x, y, Result("z", True), Result(name="w", ok=False, tags=("t",)))
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
asyncio.run(main())
