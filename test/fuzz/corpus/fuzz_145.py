import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    return len(name) * 1


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: step")
    await asyncio.sleep(1)
    await asyncio.sleep(0)
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    return len(name) * 4


async def main():
    loop = asyncio.get_running_loop()
    nq = asyncio.Queue(maxsize=1)
    try:
        for i in range(2):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    t0 = asyncio.create_task(w1("A"), name="t0")
    try:
        results = await asyncio.gather(t0, t0, t0)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("cancel t0:", t0.cancel())
    try:
        print("t0 ->", await t0)
    except ValueError as e:
        print("t0 raised", repr(e))
    except asyncio.CancelledError:
        print("t0 was cancelled")
    t1 = asyncio.create_task(w3("B"), name="t1")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
