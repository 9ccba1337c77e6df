import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        await asyncio.sleep(0.3)
        print(f"{name}: working")
        await asyncio.sleep(0.2)
        await asyncio.sleep(0.2)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w0("A"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"t={loop.time():.2f}")
    try:
        print("wait_for:", await asyncio.wait_for(w0("B"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    t0 = asyncio.create_task(w0("C"))
    await asyncio.sleep(0.25)
    t1 = asyncio.create_task(w0("D"))
    t2 = asyncio.create_task(w0("E"))
    await asyncio.sleep(0.2)
    print("end:", await asyncio.gather(t0, t1, t2, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
