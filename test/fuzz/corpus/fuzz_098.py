import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    print(f"{name}: working")
    return len(name) * 1


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.3)
        await asyncio.sleep(0.25)
        await asyncio.sleep(0.3)
        print(f"{name}: running in", asyncio.current_task().get_name())
        return f"{name}-w1"
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
    await asyncio.sleep(0.1)
    nq = asyncio.Queue(maxsize=1)
    try:
        for i in range(4):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    print("sleep result:", await asyncio.sleep(0.2, result="A"))
    t0 = asyncio.create_task(w1("B"), name="t0")
    q = asyncio.Queue(maxsize=3)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.25)) for i in range(1)]
    await producer(q, 3, 0)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("C"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    t1 = asyncio.create_task(w1("D"), name="t1")
    together = asyncio.gather(w0("E"))
    await asyncio.sleep(0.5)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
