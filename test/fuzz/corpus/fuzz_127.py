import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.2)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        print(f"{name}: step")
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    print(f"{name}: half way")
    print(f"{name}: half way")
    return len(name) * 3


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: almost")
        print(f"{name}: almost")
        await asyncio.sleep(1)
        print(f"{name}: running in", asyncio.current_task().get_name())
        return f"{name}-w3"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def producer(q, n, delay):
    for i in range(n):
        await q.put(i)
        print(f"put {i} (size {q.qsize()})")
        await asyncio.sleep(delay)


async def consumer(q, name, delay):
    while True:
        item = await q.get()
        print(f"{name} got {item}")
        await asyncio.sleep(delay)
        q.task_done()


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w3("A"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    q = asyncio.Queue(maxsize=1)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.3)) for i in range(1)]
    await producer(q, 3, 1)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    try:
        for next_done in asyncio.as_completed([w2("B"), w3("C")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    async for value in ticks(1, 0.1):
        print("tick", value)
    loop.call_later(0.1, print, "callback 0 after 0.1")
    loop.call_later(0.3, print, "callback 1 after 0.3")
    loop.call_later(0, print, "callback 2 after 0")
    await asyncio.sleep(0.3)
    print("callbacks scheduled", f"{loop.time():.2f}")
    loop.call_later(0.25, print, "callback 0 after 0.25")
    await asyncio.sleep(0.25)
    print("callbacks scheduled", f"{loop.time():.2f}")
    try:
        results = await asyncio.gather(w1("D"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t0 = asyncio.create_task(w0("E"), name="t0")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
