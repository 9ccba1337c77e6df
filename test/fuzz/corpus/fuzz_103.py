import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: step")
    await asyncio.sleep(0.2)
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    raise ValueError(f"{name} failed")


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        print(f"{name}: running in", asyncio.current_task().get_name())
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        await asyncio.sleep(0.25)
        return f"{name}-w3"
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
    t0 = asyncio.create_task(w0("A"), name="t0")
    done, pending = await asyncio.wait([t0], timeout=None, return_when=asyncio.ALL_COMPLETED)
    print("wait:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    q = asyncio.Queue(maxsize=3)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 1)) for i in range(2)]
    await producer(q, 3, 0.1)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    try:
        for next_done in asyncio.as_completed([w1("B")], timeout=0.5):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    t1 = asyncio.create_task(w1("C"), name="t1")
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
