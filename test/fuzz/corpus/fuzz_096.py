import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: step")
    await asyncio.sleep(0.25)
    await asyncio.sleep(0)
    await asyncio.sleep(0.2)
    raise ValueError(f"{name} failed")


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.3)
    return len(name) * 2


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"))
    await asyncio.sleep(1)
    t1 = asyncio.create_task(w0("B"))
    try:
        results = await asyncio.gather(w0("C"), w1("D"), w1("E"), t1)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(0.5)
    print("t1:", t1.done(), t1.cancelled())
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
