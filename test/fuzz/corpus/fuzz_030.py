import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: half way")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    return len(name) * 2


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.25)
        await asyncio.sleep(1)
        print(f"{name}: sub ->", await w1(name + "2"))
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w1(name + "3"))
    return len(name) * 4


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"), name="t0")
    together = asyncio.gather(w3("B"))
    await asyncio.sleep(0.5)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    try:
        results = await asyncio.gather(t0, return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
