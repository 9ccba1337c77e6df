import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    await asyncio.sleep(0.3)
    return len(name) * 1


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        await asyncio.sleep(0.25)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        print(f"{name}: almost")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


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
    print("tasks alive:", len(asyncio.all_tasks()))
    t0 = asyncio.create_task(w1("A"), name="t0")
    print("tasks alive:", len(asyncio.all_tasks()))
    q = asyncio.Queue(maxsize=3)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.2)) for i in range(1)]
    await producer(q, 3, 0)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    t1 = asyncio.create_task(w1("B"), name="t1")
    done, pending = await asyncio.wait([t0], timeout=0.1, return_when=asyncio.ALL_COMPLETED)
    print("wait:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("C"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print("end:", await asyncio.gather(t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
