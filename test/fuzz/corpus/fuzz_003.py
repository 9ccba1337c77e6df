import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        await asyncio.sleep(0.3)
        await asyncio.sleep(0.5)
        print(f"{name}: half way")
        print(f"{name}: half way")
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    await asyncio.sleep(0.25)
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        print(f"{name}: half way")
        print(f"{name}: half way")
        print(f"{name}: sub ->", await w0(name + "2"))
        await asyncio.sleep(0.25)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    print(f"{name}: working")
    await asyncio.sleep(0)
    print(f"{name}: almost")
    await asyncio.sleep(0)
    return f"{name}-w3"


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w0("A"), w1("B"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("t =", round(loop.time(), 3))
    t0 = asyncio.create_task(w2("C"))
    t1 = asyncio.create_task(w0("D"))
    await asyncio.sleep(0.25)
    try:
        print("t0 ->", await t0)
    except ValueError as e:
        print("t0 raised", repr(e))
    except asyncio.CancelledError:
        print("t0 was cancelled")
    print(f"t={loop.time():.2f}")
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
