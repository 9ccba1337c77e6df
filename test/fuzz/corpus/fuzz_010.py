import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    return len(name) * 1


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    return f"{name}-w1"


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
    q = asyncio.Queue(maxsize=1)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0)) for i in range(1)]
    await producer(q, 2, 0.2)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    print("sleep result:", await asyncio.sleep(0.2, result="A"))
    nq = asyncio.Queue(maxsize=2)
    try:
        for i in range(3):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("B"))
            g1 = tg.create_task(w1("C"))
            g2 = tg.create_task(w1("D"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print("sleep result:", await asyncio.sleep(0.3, result="E"))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
