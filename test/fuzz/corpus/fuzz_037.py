import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0)
    print(f"{name}: running in", asyncio.current_task().get_name())
    return len(name) * 1


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.25)
    try:
        print("wait_for:", await asyncio.wait_for(w0("A"), timeout=1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    nq = asyncio.Queue(maxsize=2)
    try:
        for i in range(2):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    try:
        print("wait_for:", await asyncio.wait_for(w0("B"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        results = await asyncio.gather(w0("C"), w0("D"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
