import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    print(f"{name}: running in", asyncio.current_task().get_name())
    return len(name) * 1


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.25)
    print(f"{name}: working")
    await asyncio.sleep(0)
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        await asyncio.sleep(0.5)
        await asyncio.sleep(1)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 1) for i in range(2)))
    loop.call_later(1, print, "callback 0 after 1")
    await asyncio.sleep(1)
    print("callbacks scheduled", f"{loop.time():.2f}")
    nq = asyncio.Queue(maxsize=3)
    try:
        for i in range(1):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.25)
    t0 = asyncio.create_task(w1("A"), name="t0")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
