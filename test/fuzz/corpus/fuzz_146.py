import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.25)
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w1"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"), name="t0")
    print("cancel t0:", t0.cancel())
    try:
        for next_done in asyncio.as_completed([w1("B"), w0("C")], timeout=0.5):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    done, pending = await asyncio.wait([t0], timeout=0.3, return_when=asyncio.FIRST_COMPLETED)
    print("wait:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    await asyncio.sleep(0)
    nq = asyncio.Queue(maxsize=3)
    try:
        for i in range(4):
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
