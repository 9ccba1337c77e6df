import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
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
    q = asyncio.Queue(maxsize=1)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0)) for i in range(1)]
    await producer(q, 1, 0.2)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    try:
        async with asyncio.timeout(0.5):
            print("in time:", await w0("A"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
