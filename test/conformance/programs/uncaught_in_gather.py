# An exception escapes gather and asyncio.run: the traceback shows the program's frames.
import asyncio


async def level2(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise KeyError(f"missing {n}")
    return n


async def level1(n):
    return await level2(n)


async def main():
    results = await asyncio.gather(level1(1), level1(2), level1(3))
    print(results)


asyncio.run(main())
