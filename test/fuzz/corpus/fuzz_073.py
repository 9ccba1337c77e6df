import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0.1)
    raise ValueError(f"{name} failed")


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w0(name + "1"))
        print(f"{name}: half way")
        print(f"{name}: sub ->", await w0(name + "1"))
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w0(name + "2"))
        print(f"{name}: step")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.2)
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        return len(name) * 4
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
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.25)) for i in range(3)]
    await producer(q, 5, 1)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    try:
        print("wait_for:", await asyncio.wait_for(w1("A"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
