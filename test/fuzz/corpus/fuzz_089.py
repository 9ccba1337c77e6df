import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    print(f"{name}: working")
    print(f"{name}: working")
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w1"


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.3)
    print("t =", round(loop.time(), 3))
    try:
        results = await asyncio.gather(w1("A"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
