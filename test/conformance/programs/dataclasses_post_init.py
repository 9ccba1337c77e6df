"""__post_init__ with init=False fields, a frozen class setting a field through object.__setattr__,
@total_ordering over @dataclass, and lru_cache on a method (cache_info through the class)."""
from dataclasses import dataclass, field
import functools

@dataclass
class Item:
    price: float
    qty: int = 1
    total: float = field(init=False)
    note: str = field(default="", repr=False)

    def __post_init__(self):
        self.total = self.price * self.qty

@dataclass(frozen=True)
class Slug:
    title: str
    slug: str = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "slug", self.title.lower().replace(" ", "-"))

@functools.total_ordering
@dataclass
class Ver:
    n: int
    def __lt__(self, other):
        return self.n < other.n

print(Item(2.5, 4), Item(1.0), Item(3, qty=2).total)
print(Slug("Hello World"))
print(Ver(1) <= Ver(2), Ver(3) >= Ver(2), Ver(1) == Ver(1))
try:
    Item(1.0, 2, 3)
except TypeError as e:
    print(e)

class Cache:
    def __init__(self, base):
        self.base = base
    @functools.lru_cache(maxsize=None)
    def calc(self, x):
        print("calc", self.base, x)
        return self.base + x

c1, c2 = Cache(10), Cache(20)
print(c1.calc(1), c1.calc(1), c2.calc(1), Cache.calc.cache_info())
