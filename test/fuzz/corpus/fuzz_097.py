import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    raise ValueError(f"{name} failed")


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        print(f"{name}: half way")
        await asyncio.sleep(0.25)
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


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    print("tasks alive:", len(asyncio.all_tasks()))
    print("sleep result:", await asyncio.sleep(0.2, result="A"))
    try:
        async with asyncio.timeout(0.5):
            print("in time:", await w0("B"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    q = asyncio.Queue(maxsize=1)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.2)) for i in range(3)]
    await producer(q, 3, 0.1)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    async for value in ticks(0, 0):
        print("tick", value)
        if value >= 2:
            break
    print("tasks alive:", len(asyncio.all_tasks()))
    t0 = asyncio.create_task(w1("C"), name="t0")
    await asyncio.sleep(0.2)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
