# Coroutines and async generators defined inside other functions and methods carry CPython's
# qualified names (`main.<locals>.waiter`) in task reprs, coroutine reprs and warnings.
import asyncio


def logged(fn):
    async def wrapper(*args):
        return await fn(*args)
    return wrapper


class Service:
    async def handle(self):
        async def step():
            await asyncio.sleep(0)
            return "step"
        task = asyncio.create_task(step())
        await task
        print(repr(task))
        return step.__qualname__


async def main():
    async def waiter():
        await asyncio.sleep(0.1)
        return "woke"

    async def ticks(n):
        for i in range(n):
            yield i

    @logged
    async def decorated():
        return "deco"

    t = asyncio.create_task(waiter())
    print(repr(t))
    print(await t, repr(t))
    gen = ticks(2)
    print(type(gen).__name__, gen.__qualname__ if hasattr(gen, "__qualname__") else "")
    print([i async for i in gen])
    print(waiter.__qualname__, ticks.__qualname__, decorated.__qualname__)
    print(await decorated())
    print(await Service().handle())
    waiter()


asyncio.run(main())
