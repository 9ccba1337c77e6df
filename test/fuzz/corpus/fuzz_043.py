import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    print(f"{name}: half way")
    print(f"{name}: almost")
    await asyncio.sleep(0.1)
    print(f"{name}: step")
    raise ValueError(f"{name} failed")


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
    try:
        results = await asyncio.gather(w1("A"), w1("B"), w1("C"), w1("D"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        print("wait_for:", await asyncio.wait_for(w0("E"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 1)) for i in range(3)]
    await producer(q, 3, 0.25)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    fut = loop.create_future()
    loop.call_later(0.3, fut.set_exception, ValueError("future failed"))
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
