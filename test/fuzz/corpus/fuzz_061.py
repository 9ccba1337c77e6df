import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    await asyncio.sleep(0.5)
    await asyncio.sleep(0)
    raise ValueError(f"{name} failed")


async def guarded(sem, name, delay):
    async with sem:
        print(f"{name} in (locked: {sem.locked()})")
        await asyncio.sleep(delay)
        print(f"{name} out")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0, fut.set_exception, ValueError("future failed"))
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    try:
        results = await asyncio.gather(w0("A"), w0("B"), w0("C"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.5) for i in range(3)))
    ev = asyncio.Event()
    loop.call_later(0.25, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    loop.call_later(0.5, print, "callback 0 after 0.5")
    loop.call_later(0.5, print, "callback 1 after 0.5")
    await asyncio.sleep(0.5)
    print("callbacks scheduled", f"{loop.time():.2f}")
    await asyncio.sleep(0)
    together = asyncio.gather(w0("D"))
    await asyncio.sleep(0.1)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
