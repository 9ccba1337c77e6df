import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.25)
        print(f"{name}: almost")
        print(f"{name}: step")
        await asyncio.sleep(0)
        print(f"{name}: almost")
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    await asyncio.sleep(0.25)
    print(f"{name}: sub ->", await w0(name + "1"))
    raise ValueError(f"{name} failed")


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: step")
    return f"{name}-w2"


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1)
    try:
        results = await asyncio.gather(w0("A"), w1("B"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(0.3)
    t0 = asyncio.create_task(w1("C"), name="t0")
    print(f"t={loop.time():.2f}")
    t1 = asyncio.create_task(w2("D"), name="t1")
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
