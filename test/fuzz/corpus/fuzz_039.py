import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    print(f"{name}: working")
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.2)
    await asyncio.sleep(1)
    raise ValueError(f"{name} failed")


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w0(name + "1"))
    return len(name) * 2


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
        results = await asyncio.gather(w1("A"), w1("B"), w1("C"), w1("D"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("E"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    q = asyncio.Queue(maxsize=3)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.1)) for i in range(3)]
    await producer(q, 5, 1)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    t0 = asyncio.create_task(w1("F"), name="t0")
    print("t0:", t0.done(), t0.cancelled())
    loop.call_later(0.25, print, "callback 0 after 0.25")
    loop.call_later(0.5, print, "callback 1 after 0.5")
    loop.call_later(1, print, "callback 2 after 1")
    await asyncio.sleep(1)
    print("callbacks scheduled", f"{loop.time():.2f}")
    done, pending = await asyncio.wait([t0], timeout=0.3, return_when=asyncio.ALL_COMPLETED)
    print("wait:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    try:
        results = await asyncio.gather(w0("G"), t0, t0, t0, return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
