"""Keyword arguments through decorators: wrappers with **kwargs see them as keywords, and
func(*args, **kwargs) places them on the wrapped def's parameters."""
import asyncio
import contextlib
import functools
import time


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__} args={args} kwargs={kwargs}")
        return func(*args, **kwargs)

    return wrapper


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await func(*args, **kwargs)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            return None

        return wrapper

    return decorate


@logged
def add(a, b=10, *, c=0):
    return a + b + c


@logged
@logged
def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"


attempts = {"n": 0}


@retry(times=3)
async def flaky(key, fail_times=1):
    await asyncio.sleep(0.1)
    attempts["n"] += 1
    if attempts["n"] <= fail_times:
        raise ValueError(f"{key} not ready")
    return f"{key} ok after {attempts['n']}"


@contextlib.contextmanager
def timer(label, unit="s"):
    start = time.monotonic()
    yield label
    print(f"{label} took {time.monotonic() - start:.1f}{unit}")


@contextlib.asynccontextmanager
async def session(name, retries=0):
    print(f"open {name} retries={retries}")
    yield name.upper()
    print(f"close {name}")


@functools.lru_cache
def area(width, height=1):
    print("computing", width, height)
    return width * height


def apply(func, *args, **kwargs):
    return func(*args, **kwargs)


def power(base, exponent=2):
    return base**exponent


print(add(1, b=3), add(2), add(1, c=5, b=1))
print(greet("Al", greeting="Hi"), greet(greeting="Yo", name="Bo"))
try:
    greet("x", nope=1)
except TypeError as e:
    print(type(e).__name__, e)
print(area(2, height=3), area(2, height=3), area(4), area.cache_info())
print(apply(power, 3), apply(power, 2, exponent=10), apply(power, base=5, exponent=3))
opts = {"exponent": 3}
print(apply(power, 2, **opts), power(2, **opts))
with timer("block", unit=" seconds") as name:
    time.sleep(0.5)
    print("inside", name)


async def main():
    print(await flaky("db", fail_times=2))
    async with session("redis", retries=2) as s:
        print("using", s)


asyncio.run(main())
