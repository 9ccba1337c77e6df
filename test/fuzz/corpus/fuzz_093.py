import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: running in", asyncio.current_task().get_name())
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    await asyncio.sleep(0.2)
    await asyncio.sleep(0)
    await asyncio.sleep(0.2)
    print(f"{name}: step")
    return f"{name}-w1"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"), name="t0")
    print("cancel t0:", t0.cancel())
    print("cancel t0:", t0.cancel())
    print("cancel t0:", t0.cancel())
    print("t0:", t0.done(), t0.cancelled())
    try:
        results = await asyncio.gather(w0("B"), t0, return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    nq = asyncio.Queue(maxsize=2)
    try:
        for i in range(4):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    nq = asyncio.Queue(maxsize=3)
    try:
        for i in range(3):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
