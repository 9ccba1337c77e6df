"""functools: wraps, partial, reduce, lru_cache/cache, total_ordering, cmp_to_key."""
import asyncio
import functools
import time
from functools import lru_cache, partial, reduce, wraps


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__} with {args} {kwargs}")
        return func(*args, **kwargs)

    return wrapper


@logged
def add(a, b=10):
    """Adds two numbers."""
    return a + b


print(add(1, 2), add(5))
print(add.__name__, add.__qualname__, add.__wrapped__.__name__)


def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        start = time.monotonic()
        result = await func(*args, **kwargs)
        print(f"{func.__name__} took {time.monotonic() - start:.1f}s")
        return result

    return wrapper


@timed
async def fetch(n, delay=0.5):
    await asyncio.sleep(delay)
    return n * 2


def power(base, exponent):
    return base**exponent


square = partial(power, exponent=2)
cube = functools.partial(power, exponent=3)
print(square(4), cube(2), square(base=5))
p = partial(power, 2)
print(p(10), p.args, p.keywords, p.func is power)
print(repr(partial(max, 1, key=abs)).split(" at ")[0])
print(type(p).__name__, isinstance(p, partial))
sep = partial(print, sep=" | ")
sep("a", "b", "c")
pp = partial(p, 3)
print(pp(), pp.args)
try:
    square(3, exponent=4, extra=1)
except TypeError as e:
    print(type(e).__name__, e)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(max, [3, 9, 2]), functools.reduce(lambda acc, s: acc + len(s), ["ab", "c"], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

calls = []


@functools.lru_cache(maxsize=2)
def slow_square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 1, 3, 2, 1, 1.0, True]:
    slow_square(x)
print(calls, slow_square.cache_info())
try:
    slow_square([1])
except TypeError as e:
    print(type(e).__name__, e)


@functools.cache
def label(kind, n=1):
    print("computing", kind, n)
    return f"{kind}-{n}"


print(label("a"), label("a"), label("a", n=2), label("a", n=2), label.cache_info())


@lru_cache
def plain(x):
    return x + 1


print(plain(1), plain(1), plain.cache_info(), plain.__name__)


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents})"


a, b = Money(5), Money(7)
print(a < b, a <= b, a > b, a >= b, a >= Money(5), sorted([b, a, Money(1)]))


def compare(x, y):
    return len(x) - len(y)


print(sorted(["ccc", "a", "bb"], key=functools.cmp_to_key(compare)))


@lru_cache
async def load(key):
    await asyncio.sleep(0.1)
    return key.upper()


async def main():
    print(await fetch(3), await fetch(4, delay=0.2))
    print(fetch.__name__, asyncio.iscoroutinefunction(fetch))
    later = partial(fetch, delay=0.1)
    print(asyncio.iscoroutinefunction(later), await later(5), await asyncio.gather(later(1), later(2)))
    print(await load("x"))
    try:
        print(await load("x"))
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(load.cache_info())


asyncio.run(main())
