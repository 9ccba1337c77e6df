import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.1)
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w0"


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


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"), name="t0")
    t1 = asyncio.create_task(w0("B"), name="t1")
    try:
        results = await asyncio.gather(t0, t1, t1)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    q = asyncio.Queue(maxsize=0)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.1)) for i in range(3)]
    await producer(q, 4, 0)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    async for value in ticks(1, 0.2):
        print("tick", value)
        if value >= 2:
            break
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.2) for i in range(1)))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
