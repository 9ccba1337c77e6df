import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        await asyncio.sleep(0)
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.1)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    print(f"{name}: sub ->", await w0(name + "1"))
    await asyncio.sleep(0.25)
    print(f"{name}: half way")
    return len(name) * 2


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w0(name + "2"))
        print(f"{name}: half way")
        return len(name) * 3
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
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.5)) for i in range(1)]
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
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("A"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    t0 = asyncio.create_task(w0("B"), name="t0")
    t1 = asyncio.create_task(w2("C"), name="t1")
    try:
        print("wait_for:", await asyncio.wait_for(w0("D"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
