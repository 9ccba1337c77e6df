import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.2)
    return len(name) * 1


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        await asyncio.sleep(1)
        await asyncio.sleep(0.25)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        await asyncio.sleep(0)
        print(f"{name}: sub ->", await w0(name + "2"))
        await asyncio.sleep(0.1)
        await asyncio.sleep(0.25)
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        print(f"{name}: sub ->", await w2(name + "3"))
        print(f"{name}: working")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    nq = asyncio.Queue(maxsize=1)
    try:
        for i in range(3):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    try:
        results = await asyncio.gather(w3("A"), w3("B"), w2("C"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        results = await asyncio.gather(w3("D"), w0("E"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        print("wait_for:", await asyncio.wait_for(w1("F"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    async for value in ticks(2, 1):
        print("tick", value)
        if value >= 2:
            break
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("G"))
            g1 = tg.create_task(w2("H"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
