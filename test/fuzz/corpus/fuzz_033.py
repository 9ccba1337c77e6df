import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    print(f"{name}: step")
    print(f"{name}: working")
    await asyncio.sleep(0.1)
    print(f"{name}: step")
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("nested:", await asyncio.gather(w0("A"), w0("B"), asyncio.gather(w0("C"), w0("D"))))
    except ValueError as e:
        print("nested gather raised", e)
    t0 = asyncio.create_task(w0("E"), name="t0")
    print("cancel t0:", t0.cancel())
    try:
        for next_done in asyncio.as_completed([w0("F")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        results = await asyncio.gather(w0("G"), t0)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    nq = asyncio.Queue(maxsize=2)
    try:
        for i in range(1):
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
