import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    print(f"{name}: step")
    return f"{name}-w0"


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w0("A"), w0("B"), w0("C"), w0("D"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        print("wait_for:", await asyncio.wait_for(w0("E"), timeout=0.5))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    nq = asyncio.Queue(maxsize=3)
    try:
        for i in range(4):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    await asyncio.sleep(0.2)
    nq = asyncio.Queue(maxsize=3)
    try:
        for i in range(4):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    print("sleep result:", await asyncio.sleep(0.3, result="F"))
    ev = asyncio.Event()
    loop.call_later(0, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    t0 = asyncio.create_task(w0("G"), name="t0")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
