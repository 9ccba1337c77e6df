import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: working")
    print(f"{name}: working")
    print(f"{name}: step")
    print(f"{name}: almost")
    raise ValueError(f"{name} failed")


async def guarded(sem, name, delay):
    async with sem:
        print(f"{name} in (locked: {sem.locked()})")
        await asyncio.sleep(delay)
        print(f"{name} out")


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    loop.call_later(0.1, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    print(f"t={loop.time():.2f}")
    sem = asyncio.Semaphore(3)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.25) for i in range(2)))
    nq = asyncio.Queue(maxsize=2)
    try:
        for i in range(4):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
