import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        await asyncio.sleep(1)
        await asyncio.sleep(0.1)
        print(f"{name}: half way")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w0("A"), w0("B"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        results = await asyncio.gather(w0("C"), w0("D"), w0("E"), w0("F"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    loop.call_later(1, lambda: 1 / 0)
    await asyncio.sleep(1)
    await asyncio.sleep(0)
    print("after the failing callback")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
