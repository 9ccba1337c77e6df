import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        print(f"{name}: almost")
        print(f"{name}: working")
        print(f"{name}: half way")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        await asyncio.sleep(0.1)
        print(f"{name}: step")
        print(f"{name}: step")
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        await asyncio.sleep(0.2)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    async for value in ticks(4, 0.3):
        print("tick", value)
    nq = asyncio.Queue(maxsize=3)
    try:
        for i in range(4):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    ev = asyncio.Event()
    loop.call_later(0, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    fut = loop.create_future()
    loop.call_later(0.3, fut.set_exception, ValueError("future failed"))
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    t0 = asyncio.create_task(w2("A"), name="t0")
    try:
        results = await asyncio.gather(t0, w0("B"), t0)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("awaiting t0 unguarded")
    await t0
    print("awaiting t0 unguarded")
    await t0
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
