import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    await asyncio.sleep(0)
    await asyncio.sleep(0.25)
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    print(f"{name}: step")
    print(f"{name}: half way")
    return len(name) * 2


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w0("A"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("t =", round(loop.time(), 3))
    print(f"t={loop.time():.2f}")
    try:
        results = await asyncio.gather(w1("B"), w0("C"), w0("D"), w0("E"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        results = await asyncio.gather(w0("F"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("t =", round(loop.time(), 3))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
