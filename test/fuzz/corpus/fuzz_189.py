import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: half way")
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: half way")
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    print(f"{name}: step")
    return len(name) * 2


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.3)
    await asyncio.sleep(1)
    await asyncio.sleep(1)
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"), name="t0")
    await asyncio.sleep(0.1)
    try:
        results = await asyncio.gather(t0, w1("B"), t0, t0)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        results = await asyncio.gather(w0("C"), t0, w0("D"), t0, return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
