import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.25)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def guarded(sem, name, delay):
    async with sem:
        print(f"{name} in (locked: {sem.locked()})")
        await asyncio.sleep(delay)
        print(f"{name} out")


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w0("A"), w0("B"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.25) for i in range(3)))
    try:
        print("nested:", await asyncio.gather(w0("C"), w0("D"), asyncio.gather(w0("E"))))
    except ValueError as e:
        print("nested gather raised", e)
    loop.call_later(0.2, print, "callback 0 after 0.2")
    await asyncio.sleep(0.2)
    print("callbacks scheduled", f"{loop.time():.2f}")
    print("tasks alive:", len(asyncio.all_tasks()))
    loop.call_later(0.2, print, "callback 0 after 0.2")
    loop.call_later(0.3, print, "callback 1 after 0.3")
    loop.call_later(0.25, print, "callback 2 after 0.25")
    loop.call_later(0.5, print, "callback 3 after 0.5")
    await asyncio.sleep(0.5)
    print("callbacks scheduled", f"{loop.time():.2f}")
    ev = asyncio.Event()
    loop.call_later(1, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    await asyncio.sleep(1)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
