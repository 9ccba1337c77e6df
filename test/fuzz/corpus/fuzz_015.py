import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: almost")
    await asyncio.sleep(0.5)
    print(f"{name}: working")
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    await asyncio.sleep(0)
    print(f"{name}: working")
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.2)
    return f"{name}-w1"


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w1("A"), w0("B"), w0("C"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        results = await asyncio.gather(w1("D"), w1("E"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
