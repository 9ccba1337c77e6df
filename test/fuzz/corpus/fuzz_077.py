import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        print(f"{name}: working")
        await asyncio.sleep(0.25)
        return len(name) * 1
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
    nq = asyncio.Queue(maxsize=1)
    try:
        for i in range(3):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    print("tasks alive:", len(asyncio.all_tasks()))
    try:
        print("wait_for:", await asyncio.wait_for(w0("B"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
