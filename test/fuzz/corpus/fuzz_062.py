import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: half way")
    print(f"{name}: half way")
    await asyncio.sleep(0.5)
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    print(f"{name}: half way")
    print(f"{name}: working")
    await asyncio.sleep(1)
    raise ValueError(f"{name} failed")


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        print(f"{name}: almost")
        await asyncio.sleep(0.2)
        await asyncio.sleep(0.25)
        print(f"{name}: almost")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.3)
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"), name="t0")
    await asyncio.sleep(0.3)
    try:
        results = await asyncio.gather(w3("B"), w2("C"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
