import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    await asyncio.sleep(0)
    await asyncio.sleep(0.3)
    return f"{name}-w0"


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.25):
            print("in time:", await w0("A"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    async for value in ticks(4, 0.2):
        print("tick", value)
        if value >= 1:
            break
    try:
        results = await asyncio.gather(w0("B"), w0("C"), w0("D"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(0.2)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("E"))
            g1 = tg.create_task(w0("F"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
