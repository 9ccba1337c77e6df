import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.3)
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    print(f"{name}: running in", asyncio.current_task().get_name())
    return len(name) * 3


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.2)
    return f"{name}-w3"


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("wait_for:", await asyncio.wait_for(w1("A"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        print("wait_for:", await asyncio.wait_for(w2("B"), timeout=0.5))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        results = await asyncio.gather(w2("C"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t0 = asyncio.create_task(w1("D"), name="t0")
    async for value in ticks(0, 0.1):
        print("tick", value)
    try:
        for next_done in asyncio.as_completed([w2("E"), w3("F")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    t1 = asyncio.create_task(w0("G"), name="t1")
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
