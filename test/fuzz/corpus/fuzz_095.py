import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.2)
    return len(name) * 1


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        await asyncio.sleep(1)
        print(f"{name}: half way")
        await asyncio.sleep(0.2)
        await asyncio.sleep(0)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        print(f"{name}: almost")
        await asyncio.sleep(0)
        await asyncio.sleep(0.5)
        print(f"{name}: step")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    try:
        results = await asyncio.gather(w2("A"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t0 = asyncio.create_task(w2("B"))
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
