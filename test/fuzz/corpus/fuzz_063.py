import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    print(f"{name}: half way")
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.3)
    await asyncio.sleep(0)
    return len(name) * 2


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w0(name + "2"))
    raise ValueError(f"{name} failed")


async def w3(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.25)
    return len(name) * 4


async def main():
    loop = asyncio.get_running_loop()
    print("t =", round(loop.time(), 3))
    try:
        results = await asyncio.gather(w2("A"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t0 = asyncio.create_task(w0("B"))
    try:
        print("wait_for:", await asyncio.wait_for(w3("C"), timeout=0.5))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    t1 = asyncio.create_task(w1("D"))
    print("cancel t1:", t1.cancel())
    try:
        print("wait_for:", await asyncio.wait_for(w3("E"), timeout=0.5))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
