import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    return len(name) * 1


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


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    print("t =", round(loop.time(), 3))
    try:
        results = await asyncio.gather(w0("A"), w0("B"), w0("C"), w0("D"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.3)) for i in range(2)]
    await producer(q, 5, 1)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    await asyncio.sleep(1)
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0) for i in range(2)))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
