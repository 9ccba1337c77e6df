"""Dataclasses: generated __init__, repr, eq, order, frozen, post_init, inheritance, helpers."""
import asyncio
import dataclasses
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    cost: float = 1.0
    tags: list = field(default_factory=list)

    def total(self):
        return self.cost * 2


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    count: int = field(default=0, repr=False)

    def __post_init__(self):
        self.count = len(self.items)
        self.ready = True


@dataclass
class Base:
    id: int
    kind: str = "base"


@dataclass
class Child(Base):
    extra: list = field(default_factory=lambda: [1, 2])
    kind: str = "child"


@dataclass
class Order:
    job: Job
    points: list
    where: Point = None


@dataclass
class Task:
    name: str
    delay: float
    result: str = None

    async def run(self):
        await asyncio.sleep(self.delay)
        self.result = f"{self.name} done"
        return self


j = Job("a")
print(j)
print(Job("b", 2.5, ["x"]), Job(name="c", cost=3))
print(Job("d", tags=["t"]), repr(Job(cost=0.5, name="e")))
print(j == Job("a"), j == Job("b"), j != Job("a"), j == "a", j.total())
print(j.name, j.cost, j.tags, Job.cost)
j.tags.append("new")
print(j, Job("a").tags)

v1, v2, v3 = Version(1, 2, "x"), Version(1, 10), Version(0, 99)
print(v1 < v2, v2 > v3, v1 <= Version(1, 2, "other"), v1 == Version(1, 2, "y"))
print(sorted([v2, v1, v3]))
print(max([v1, v2, v3]), min(v1, v3))
try:
    print(v1 < j)
except TypeError as e:
    print(type(e).__name__, e)

p = Point(1, 2)
print(p, p == Point(1, 2), hash(p) == hash(Point(1, 2)), hash(p) == hash((1, 2)))
print({p: "a"}[Point(1, 2)], len({Point(1, 2), Point(1, 2), Point(2, 1)}))
try:
    p.x = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    p.z = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash(j)
except TypeError as e:
    print(type(e).__name__, e)

inv = Inventory({"a": 1, "b": 2})
print(inv, inv.count, inv.ready)
print(Inventory())

c = Child(7)
print(c, Base(1), Child(2, "k", [3]))
print(isinstance(c, Base), c == Base(7, "child"), Base(7) == Base(7))
print([f.name for f in dataclasses.fields(Child)], [f.name for f in dataclasses.fields(p)])
print(dataclasses.is_dataclass(c), dataclasses.is_dataclass(Child), dataclasses.is_dataclass(1))

o = Order(Job("n", 2.0, ["q"]), [Point(1, 1), (Point(2, 2), 3)], Point(0, 0))
print(o)
print(dataclasses.asdict(o))
print(dataclasses.astuple(Job("z")), dataclasses.astuple(p))
print(dataclasses.replace(j, cost=5.0), dataclasses.replace(p, y=9), j)
print(dataclasses.replace(c, id=8))
try:
    dataclasses.replace(j, nope=1)
except TypeError as e:
    print(type(e).__name__, e)

for args, kw in [((), {}), (("a", "b", "c", "d"), {}), (("a",), {"x": 1}), (("a",), {"name": "b"})]:
    try:
        Job(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Version()
except TypeError as e:
    print(type(e).__name__, e)

try:

    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:

    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(type(e).__name__, e)


async def main():
    tasks = [Task("t1", 0.2), Task("t2", 0.1)]
    done = await asyncio.gather(*(t.run() for t in tasks))
    print(done)
    print([t.result for t in tasks])


asyncio.run(main())
