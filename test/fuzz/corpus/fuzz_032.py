import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        await asyncio.sleep(0.5)
        print(f"{name}: working")
        print(f"{name}: working")
        await asyncio.sleep(0.25)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: step")
    await asyncio.sleep(0.2)
    print(f"{name}: half way")
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.2)
    return f"{name}-w2"


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        print(f"{name}: sub ->", await w0(name + "3"))
        await asyncio.sleep(0.3)
        print(f"{name}: almost")
        await asyncio.sleep(1)
        return len(name) * 4
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
        results = await asyncio.gather(w1("A"), w1("B"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t0 = asyncio.create_task(w3("C"))
    t1 = asyncio.create_task(w3("D"))
    try:
        print("t1 ->", await t1)
    except ValueError as e:
        print("t1 raised", repr(e))
    except asyncio.CancelledError:
        print("t1 was cancelled")
    try:
        results = await asyncio.gather(t0, return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.5)) for i in range(2)]
    await producer(q, 1, 0.5)
    await q.join()
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    print("cancel t1:", t1.cancel())
    t2 = asyncio.create_task(w2("E"))
    print("end:", await asyncio.gather(t0, t1, t2, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
