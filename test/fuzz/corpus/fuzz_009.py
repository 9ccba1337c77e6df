import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    print(f"{name}: working")
    await asyncio.sleep(0.5)
    return len(name) * 1


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    await asyncio.sleep(1)
    await asyncio.sleep(0.5)
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.5)
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.3)
    return len(name) * 3


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
    together = asyncio.gather(w2("A"), w1("B"), w0("C"))
    await asyncio.sleep(1)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    q = asyncio.Queue(maxsize=1)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.5)) for i in range(2)]
    await producer(q, 5, 0.25)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    t0 = asyncio.create_task(w1("D"), name="t0")
    await asyncio.sleep(0)
    print("awaiting t0 unguarded")
    await t0
    await asyncio.sleep(0.25)
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.1) for i in range(1)))
    print("tasks alive:", len(asyncio.all_tasks()))
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
