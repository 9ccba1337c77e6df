import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: half way")
        raise ValueError(f"{name} failed")
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


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.5)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("A"))
            g1 = tg.create_task(w0("B"))
            g2 = tg.create_task(w0("C"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    nq = asyncio.Queue(maxsize=2)
    try:
        for i in range(4):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    q = asyncio.Queue(maxsize=1)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.2)) for i in range(2)]
    await producer(q, 4, 0.2)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    t0 = asyncio.create_task(w0("D"), name="t0")
    try:
        print("t0 ->", await t0)
    except ValueError as e:
        print("t0 raised", repr(e))
    except asyncio.CancelledError:
        print("t0 was cancelled")
    t1 = asyncio.create_task(w0("E"), name="t1")
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
