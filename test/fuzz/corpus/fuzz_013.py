import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    print(f"{name}: working")
    await asyncio.sleep(0.3)
    raise ValueError(f"{name} failed")


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    print(f"{name}: almost")
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: working")
    print(f"{name}: almost")
    print(f"{name}: almost")
    await asyncio.sleep(0.25)
    print(f"{name}: sub ->", await w1(name + "2"))
    return len(name) * 3


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        await asyncio.sleep(1)
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
    t0 = asyncio.create_task(w2("A"))
    q = asyncio.Queue(maxsize=3)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.25)) for i in range(2)]
    await producer(q, 3, 1)
    await q.join()
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    t1 = asyncio.create_task(w2("B"))
    print("t =", round(loop.time(), 3))
    await asyncio.sleep(0)
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
