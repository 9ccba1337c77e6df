# A call through a *args/**kwargs wrapper reaches the wrapped function with CPython's argument
# errors: a missing required argument, an unknown keyword, a duplicate.
import asyncio
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper


@logged
def greet(name, punct="!"):
    return f"hi {name}{punct}"


@logged
def span(start, stop, step=1):
    return list(range(start, stop, step))


def retry(fn):
    async def run(*args, **kwargs):
        return await fn(*args, **kwargs)
    return run


@retry
async def fetch(url, timeout):
    await asyncio.sleep(0.1)
    return f"{url} in {timeout}s"


async def main():
    calls = [
        lambda: greet("a"),
        lambda: greet(name="b", punct="?"),
        lambda: greet(),
        lambda: greet("x", bogus=1),
        lambda: greet("x", name="y"),
        lambda: span(),
        lambda: span(1),
        lambda: span(1, 4),
    ]
    for c in calls:
        try:
            print(c())
        except TypeError as e:
            print("TypeError:", e)
    print(await fetch("u", timeout=2))
    try:
        await fetch("u")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
