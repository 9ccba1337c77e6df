import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        await asyncio.sleep(1)
        print(f"{name}: step")
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: working")
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: half way")
    print(f"{name}: working")
    return f"{name}-w1"


async def main():
    loop = asyncio.get_running_loop()
    print("t =", round(loop.time(), 3))
    try:
        results = await asyncio.gather(w1("A"), w1("B"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(0.5)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
