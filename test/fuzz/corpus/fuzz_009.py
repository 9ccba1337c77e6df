import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.2)
    print(f"{name}: half way")
    return len(name) * 1


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    print(f"{name}: sub ->", await w0(name + "1"))
    await asyncio.sleep(0.2)
    return len(name) * 2


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.3)
    print(f"{name}: sub ->", await w1(name + "2"))
    print(f"{name}: sub ->", await w1(name + "2"))
    await asyncio.sleep(0.3)
    return f"{name}-w2"


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
    try:
        results = await asyncio.gather(w1("A"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t0 = asyncio.create_task(w1("B"))
    t1 = asyncio.create_task(w2("C"))
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0)) for i in range(2)]
    await producer(q, 2, 0.3)
    await q.join()
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
