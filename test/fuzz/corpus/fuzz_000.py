import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: step")
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    await asyncio.sleep(0.2)
    print(f"{name}: step")
    await asyncio.sleep(0.5)
    return len(name) * 2


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    nq = asyncio.Queue(maxsize=2)
    try:
        for i in range(1):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    try:
        print("wait_for:", await asyncio.wait_for(w0("A"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    async for value in ticks(2, 0.2):
        print("tick", value)
        if value >= 1:
            break
    try:
        for next_done in asyncio.as_completed([w1("B"), w0("C"), w1("D")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        for next_done in asyncio.as_completed([w1("E"), w1("F")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    loop.call_later(0.3, print, "callback 0 after 0.3")
    await asyncio.sleep(0.3)
    print("callbacks scheduled", f"{loop.time():.2f}")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
