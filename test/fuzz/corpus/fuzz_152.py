import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.25)
        print(f"{name}: working")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0)
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0)
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    await asyncio.sleep(0)
    print(f"{name}: half way")
    print(f"{name}: sub ->", await w1(name + "2"))
    raise ValueError(f"{name} failed")


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w2(name + "3"))
    await asyncio.sleep(0.2)
    return f"{name}-w3"


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


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w1("A"), name="t0")
    q = asyncio.Queue(maxsize=3)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.25)) for i in range(1)]
    await producer(q, 2, 0.3)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    try:
        results = await asyncio.gather(t0, w0("B"), w3("C"), w1("D"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t1 = asyncio.create_task(w0("E"), name="t1")
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
