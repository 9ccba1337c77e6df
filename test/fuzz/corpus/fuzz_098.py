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


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    async for value in ticks(3, 0.3):
        print("tick", value)
        if value >= 1:
            break
    t0 = asyncio.create_task(w0("A"), name="t0")
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_exception, ValueError("future failed"))
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    t1 = asyncio.create_task(w0("B"), name="t1")
    loop.call_later(0, print, "callback 0 after 0")
    loop.call_later(0.25, print, "callback 1 after 0.25")
    loop.call_later(0.1, print, "callback 2 after 0.1")
    loop.call_soon(print, "callback 3 (soon)")
    await asyncio.sleep(0.25)
    print("callbacks scheduled", f"{loop.time():.2f}")
    t2 = asyncio.create_task(w1("C"), name="t2")
    async for value in ticks(2, 0.1):
        print("tick", value)
        if value >= 2:
            break
    q = asyncio.Queue(maxsize=0)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.3)) for i in range(2)]
    await producer(q, 2, 1)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    print("end:", await asyncio.gather(t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
