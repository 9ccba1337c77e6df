import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    print(f"{name}: working")
    print(f"{name}: half way")
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    print(f"{name}: sub ->", await w0(name + "1"))
    await asyncio.sleep(0.25)
    await asyncio.sleep(0)
    return len(name) * 2


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: step")
    await asyncio.sleep(0)
    print(f"{name}: half way")
    print(f"{name}: sub ->", await w1(name + "2"))
    await asyncio.sleep(1)
    raise ValueError(f"{name} failed")


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        await asyncio.sleep(0.5)
        print(f"{name}: sub ->", await w1(name + "3"))
        await asyncio.sleep(0)
        print(f"{name}: almost")
        return len(name) * 4
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w1("A"), name="t0")
    print("t =", round(loop.time(), 3))
    try:
        results = await asyncio.gather(w3("B"), w0("C"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
