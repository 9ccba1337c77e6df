import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.3)
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: working")
    print(f"{name}: step")
    await asyncio.sleep(0.2)
    return len(name) * 2


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        print(f"{name}: half way")
        await asyncio.sleep(0.2)
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w3(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    print(f"{name}: step")
    await asyncio.sleep(0.5)
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w3"


async def guarded(sem, name, delay):
    async with sem:
        print(f"{name} in (locked: {sem.locked()})")
        await asyncio.sleep(delay)
        print(f"{name} out")


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w2("A"), name="t0")
    async for value in ticks(3, 0.2):
        print("tick", value)
        if value >= 1:
            break
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.2) for i in range(4)))
    await asyncio.sleep(1)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("B"))
            g1 = tg.create_task(w0("C"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.1) for i in range(1)))
    print("cancel t0:", t0.cancel())
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
