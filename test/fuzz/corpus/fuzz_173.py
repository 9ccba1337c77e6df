import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.5)
        await asyncio.sleep(1)
        print(f"{name}: half way")
        print(f"{name}: running in", asyncio.current_task().get_name())
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.1)
    print(f"{name}: running in", asyncio.current_task().get_name())
    raise ValueError(f"{name} failed")


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        await asyncio.sleep(0)
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
    try:
        results = await asyncio.gather(w1("A"), w2("B"), w2("C"), w2("D"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        results = await asyncio.gather(w1("E"), w2("F"), w0("G"), w2("H"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    q = asyncio.Queue(maxsize=3)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.5)) for i in range(1)]
    await producer(q, 3, 0.3)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    print("sleep result:", await asyncio.sleep(0.25, result="I"))
    print("t =", round(loop.time(), 3))
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("J"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w2("K"))
            g1 = tg.create_task(w1("L"))
            g2 = tg.create_task(w2("M"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print("t =", round(loop.time(), 3))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
