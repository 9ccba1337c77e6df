import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    print(f"{name}: half way")
    await asyncio.sleep(0.5)
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.2)
    raise ValueError(f"{name} failed")


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.2)
        print(f"{name}: sub ->", await w1(name + "2"))
        await asyncio.sleep(0.25)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.1)
        await asyncio.sleep(1)
        await asyncio.sleep(0.5)
        print(f"{name}: step")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.5)
    t0 = asyncio.create_task(w3("A"))
    print("t0:", t0.done(), t0.cancelled())
    t1 = asyncio.create_task(w2("B"))
    try:
        results = await asyncio.gather(w1("C"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
