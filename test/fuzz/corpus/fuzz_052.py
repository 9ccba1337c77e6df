import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    print(f"{name}: almost")
    await asyncio.sleep(0)
    return len(name) * 1


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        await asyncio.sleep(1)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    print(f"{name}: step")
    print(f"{name}: working")
    await asyncio.sleep(1)
    print(f"{name}: almost")
    raise ValueError(f"{name} failed")


async def w3(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.3)
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    print(f"t={loop.time():.2f}")
    try:
        results = await asyncio.gather(w1("A"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t0 = asyncio.create_task(w3("B"))
    t1 = asyncio.create_task(w1("C"))
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
