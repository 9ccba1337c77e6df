import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    raise ValueError(f"{name} failed")


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        print(f"{name}: half way")
        await asyncio.sleep(0.25)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    async for value in ticks(2, 0):
        print("tick", value)
        if value >= 1:
            break
    try:
        print("wait_for:", await asyncio.wait_for(w0("A"), timeout=0.5))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    async for value in ticks(0, 1):
        print("tick", value)
        if value >= 2:
            break
    t0 = asyncio.create_task(w0("B"), name="t0")
    async for value in ticks(3, 0.3):
        print("tick", value)
        if value >= 2:
            break
    try:
        results = await asyncio.gather(w0("C"), t0, t0)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    together = asyncio.gather(w0("D"), w0("E"), w0("F"))
    await asyncio.sleep(1)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    print("awaiting t0 unguarded")
    await t0
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
