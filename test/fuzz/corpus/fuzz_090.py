import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    print(f"{name}: half way")
    return len(name) * 1


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: sub ->", await w0(name + "1"))
    print(f"{name}: sub ->", await w0(name + "1"))
    print(f"{name}: half way")
    return len(name) * 2


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
    ev = asyncio.Event()
    loop.call_later(1, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    await asyncio.sleep(1)
    q = asyncio.Queue(maxsize=0)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.2)) for i in range(2)]
    await producer(q, 3, 1)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    t0 = asyncio.create_task(w1("A"), name="t0")
    try:
        print("wait_for:", await asyncio.wait_for(w0("B"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    t1 = asyncio.create_task(w0("C"), name="t1")
    try:
        for next_done in asyncio.as_completed([w1("D"), w0("E"), w1("F")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print("awaiting t0 unguarded")
    await t0
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
