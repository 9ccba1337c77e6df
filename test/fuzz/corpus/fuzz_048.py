import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    print(f"{name}: step")
    await asyncio.sleep(0.5)
    return len(name) * 1


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    return f"{name}-w1"


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w0("A"), w0("B"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t0 = asyncio.create_task(w1("C"))
    try:
        results = await asyncio.gather(w0("D"), w0("E"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
