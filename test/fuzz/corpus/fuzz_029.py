import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        print(f"{name}: half way")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        await asyncio.sleep(0.25)
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.5)
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w0(name + "2"))
    await asyncio.sleep(0.2)
    raise ValueError(f"{name} failed")


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


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(maxsize=0)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 1)) for i in range(3)]
    await producer(q, 4, 0.3)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    try:
        print("nested:", await asyncio.gather(w1("A"), asyncio.gather(w0("B"))))
    except ValueError as e:
        print("nested gather raised", e)
    sem = asyncio.Semaphore(3)
    await asyncio.gather(*(guarded(sem, f"s{i}", 1) for i in range(4)))
    ev = asyncio.Event()
    loop.call_later(0.25, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
