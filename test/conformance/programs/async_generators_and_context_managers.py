# Async comprehensions (list, dict), @asynccontextmanager (normal exit and exception),
# contextlib.suppress, anext() and aclose() on an async generator.
import asyncio
from contextlib import asynccontextmanager, suppress


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i


@asynccontextmanager
async def session(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)


async def main():
    evens = [x async for x in numbers(10) if x % 2 == 0]
    print(evens)
    squares = {x: x * x async for x in numbers(4)}
    print(squares)
    async with session("db") as s:
        print("using", s)
    with suppress(KeyError):
        {}["missing"]
    print("suppressed")
    try:
        async with session("boom"):
            raise RuntimeError("inside")
    except RuntimeError as e:
        print("propagated", e)
    agen = numbers(3)
    print(await anext(agen), await agen.__anext__())
    await agen.aclose()
    print("closed")


asyncio.run(main())
