import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    raise ValueError(f"{name} failed")


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    print("sleep result:", await asyncio.sleep(0.2, result="A"))
    together = asyncio.gather(w0("B"))
    await asyncio.sleep(0)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    async for value in ticks(4, 0):
        print("tick", value)
        if value >= 2:
            break
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
