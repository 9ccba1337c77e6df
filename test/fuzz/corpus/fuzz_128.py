import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    await asyncio.sleep(0.3)
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w0(name + "1"))
    print(f"{name}: step")
    print(f"{name}: almost")
    print(f"{name}: almost")
    print(f"{name}: step")
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
    await asyncio.sleep(0.2)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("A"))
            g1 = tg.create_task(w0("B"))
            g2 = tg.create_task(w0("C"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    q = asyncio.Queue(maxsize=0)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.1)) for i in range(1)]
    await producer(q, 2, 0.2)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    try:
        print("wait_for:", await asyncio.wait_for(w1("D"), timeout=0.1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        print("nested:", await asyncio.gather(w1("E"), asyncio.gather(w0("F"))))
    except ValueError as e:
        print("nested gather raised", e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
