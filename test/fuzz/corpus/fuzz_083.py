import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.25)
        print(f"{name}: almost")
        print(f"{name}: step")
        await asyncio.sleep(0)
        print(f"{name}: almost")
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    await asyncio.sleep(0.25)
    print(f"{name}: sub ->", await w0(name + "1"))
    raise ValueError(f"{name} failed")


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: step")
    return f"{name}-w2"


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
    t0 = asyncio.create_task(w0("A"), name="t0")
    t1 = asyncio.create_task(w0("B"), name="t1")
    try:
        print("t0 ->", await t0)
    except ValueError as e:
        print("t0 raised", repr(e))
    except asyncio.CancelledError:
        print("t0 was cancelled")
    try:
        async with asyncio.timeout(0.1):
            print("in time:", await w1("C"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    print("sleep result:", await asyncio.sleep(0, result="D"))
    q = asyncio.Queue(maxsize=0)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.25)) for i in range(1)]
    await producer(q, 4, 0.25)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
