import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        print(f"{name}: half way")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        print(f"{name}: half way")
        await asyncio.sleep(0.3)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.5)
    return f"{name}-w2"


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w2("A"), w2("B"), w1("C"), w0("D"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(0.1)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
