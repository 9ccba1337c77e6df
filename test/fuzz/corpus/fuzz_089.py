import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.1)
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    print(f"t={loop.time():.2f}")
    await asyncio.sleep(0.3)
    try:
        print("wait_for:", await asyncio.wait_for(w0("A"), timeout=0.5))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        print("wait_for:", await asyncio.wait_for(w1("B"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    t0 = asyncio.create_task(w1("C"))
    await asyncio.sleep(0.1)
    try:
        results = await asyncio.gather(t0, t0)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t1 = asyncio.create_task(w1("D"))
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
