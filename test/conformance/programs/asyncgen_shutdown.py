# asyncio.run closes unfinished async generators at the end, all at once (gather of their
# aclose()), in the order they were first iterated (CPython: set order; pinned).
import asyncio


async def ticker(name, step):
    try:
        n = 0
        while True:
            yield f"{name}{n}"
            n += 1
            await asyncio.sleep(step)
    finally:
        print(f"{name} closing")
        await asyncio.sleep(step)
        print(f"{name} closed")


# Module-level, so that the generators are still alive (not garbage) when asyncio.run ends.
gens = [ticker(name, step) for name, step in [("c", 0.3), ("a", 0.1), ("b", 0.2)]]


async def main():
    for g in reversed(gens):
        print(await g.__anext__())
    print(await gens[1].__anext__())
    print("main returns")


asyncio.run(main())
print("after run")
