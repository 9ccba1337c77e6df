import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: working")
    await asyncio.sleep(0)
    print(f"{name}: almost")
    await asyncio.sleep(0.5)
    raise ValueError(f"{name} failed")


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
    print(f"t={loop.time():.2f}")
    q = asyncio.Queue(maxsize=3)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.25)) for i in range(1)]
    await producer(q, 4, 0.1)
    await q.join()
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    print("t =", round(loop.time(), 3))
    await asyncio.sleep(0.5)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
