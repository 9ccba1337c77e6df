import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        await asyncio.sleep(0.3)
        print(f"{name}: almost")
        await asyncio.sleep(0.3)
        print(f"{name}: half way")
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w0(name + "1"))
    await asyncio.sleep(0.25)
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: sub ->", await w1(name + "2"))
        print(f"{name}: almost")
        await asyncio.sleep(0.2)
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        await asyncio.sleep(1)
        await asyncio.sleep(0.25)
        print(f"{name}: almost")
        return f"{name}-w3"
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
        async with asyncio.timeout(0.1):
            print("in time:", await w2("A"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w3("B"))
            g1 = tg.create_task(w3("C"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    q = asyncio.Queue(maxsize=0)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.25)) for i in range(2)]
    await producer(q, 1, 0.2)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    t0 = asyncio.create_task(w2("D"), name="t0")
    try:
        print("t0 ->", await t0)
    except ValueError as e:
        print("t0 raised", repr(e))
    except asyncio.CancelledError:
        print("t0 was cancelled")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
