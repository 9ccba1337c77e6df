import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    raise ValueError(f"{name} failed")


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: step")
    raise ValueError(f"{name} failed")


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        await asyncio.sleep(1)
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.1)
        return len(name) * 4
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


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
        async with asyncio.timeout(0.25):
            print("in time:", await w0("A"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    try:
        for next_done in asyncio.as_completed([w2("B"), w0("C")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    q = asyncio.Queue(maxsize=0)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.5)) for i in range(1)]
    await producer(q, 5, 0.5)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
