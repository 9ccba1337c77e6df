import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: half way")
        print(f"{name}: almost")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.3)
    print(f"{name}: step")
    print(f"{name}: sub ->", await w1(name + "2"))
    print(f"{name}: almost")
    return len(name) * 3


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        await asyncio.sleep(1)
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


async def guarded(sem, name, delay):
    async with sem:
        print(f"{name} in (locked: {sem.locked()})")
        await asyncio.sleep(delay)
        print(f"{name} out")


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(maxsize=0)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.1)) for i in range(3)]
    await producer(q, 4, 0.2)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 1) for i in range(3)))
    t0 = asyncio.create_task(w0("A"), name="t0")
    sem = asyncio.Semaphore(3)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.5) for i in range(3)))
    try:
        for next_done in asyncio.as_completed([w2("B"), w0("C")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
