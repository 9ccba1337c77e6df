import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: working")
    print(f"{name}: half way")
    print(f"{name}: step")
    print(f"{name}: running in", asyncio.current_task().get_name())
    raise ValueError(f"{name} failed")


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    print(f"{name}: almost")
    await asyncio.sleep(0.2)
    raise ValueError(f"{name} failed")


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        return len(name) * 3
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
    together = asyncio.gather(w1("A"), w1("B"))
    await asyncio.sleep(0.3)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
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
        for next_done in asyncio.as_completed([w1("C"), w0("D")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    await asyncio.sleep(0.5)
    t0 = asyncio.create_task(w1("E"), name="t0")
    try:
        print("nested:", await asyncio.gather(w0("F"), asyncio.gather(w0("G"), w1("H"))))
    except ValueError as e:
        print("nested gather raised", e)
    try:
        print("nested:", await asyncio.gather(w0("I"), w2("J"), asyncio.gather(w0("K"))))
    except ValueError as e:
        print("nested gather raised", e)
    async for value in ticks(2, 1):
        print("tick", value)
        if value >= 2:
            break
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
