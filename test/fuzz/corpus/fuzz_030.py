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
    try:
        results = await asyncio.gather(w3("A"), w2("B"), w3("C"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t0 = asyncio.create_task(w2("D"), name="t0")
    t1 = asyncio.create_task(w1("E"), name="t1")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
