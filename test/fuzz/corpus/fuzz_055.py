import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


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
    await asyncio.sleep(0)
    try:
        print("wait_for:", await asyncio.wait_for(w1("A"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    together = asyncio.gather(w1("B"))
    await asyncio.sleep(0.2)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    try:
        for next_done in asyncio.as_completed([w1("C"), w0("D"), w1("E")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    q = asyncio.Queue(maxsize=0)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 1)) for i in range(1)]
    await producer(q, 3, 1)
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
