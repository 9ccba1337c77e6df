import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w0(name + "1"))
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.1)
    await asyncio.sleep(0)
    raise ValueError(f"{name} failed")


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        print(f"{name}: almost")
        await asyncio.sleep(0.5)
        print(f"{name}: half way")
        return len(name) * 3
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.5)
    try:
        results = await asyncio.gather(w2("A"), w2("B"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"t={loop.time():.2f}")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0)
    await asyncio.sleep(0.5)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
