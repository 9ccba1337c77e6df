import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    raise ValueError(f"{name} failed")


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    print(f"{name}: step")
    print(f"{name}: working")
    print(f"{name}: step")
    await asyncio.sleep(0.5)
    raise ValueError(f"{name} failed")


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: sub ->", await w1(name + "2"))
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.1)
        print(f"{name}: sub ->", await w0(name + "2"))
        return len(name) * 3
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


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
    q = asyncio.Queue(maxsize=3)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.2)) for i in range(3)]
    await producer(q, 1, 0.5)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    t0 = asyncio.create_task(w2("A"), name="t0")
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.3) for i in range(1)))
    t1 = asyncio.create_task(w2("B"), name="t1")
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
