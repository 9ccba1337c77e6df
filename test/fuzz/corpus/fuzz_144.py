import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: working")
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        await asyncio.sleep(0.3)
        await asyncio.sleep(0.5)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    await asyncio.sleep(0.3)
    raise ValueError(f"{name} failed")


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
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
    t0 = asyncio.create_task(w0("A"), name="t0")
    print("sleep result:", await asyncio.sleep(0, result="B"))
    print("tasks alive:", len(asyncio.all_tasks()))
    try:
        results = await asyncio.gather(t0, w2("C"), t0, w1("D"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t1 = asyncio.create_task(w2("E"), name="t1")
    try:
        print("shielded:", await asyncio.wait_for(asyncio.shield(t0), timeout=0.1))
    except asyncio.TimeoutError:
        print("shield timed out; t0 done:", t0.done())
    except (ValueError, asyncio.CancelledError) as e:
        print("shielded task failed:", type(e).__name__)
    q = asyncio.Queue(maxsize=0)
    consumers = [asyncio.create_task(consumer(q, f"c{i}", 0.3)) for i in range(2)]
    await producer(q, 3, 0.3)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    for c in consumers:
        c.cancel()
    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))
    try:
        results = await asyncio.gather(w3("F"), t0, t0, return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
