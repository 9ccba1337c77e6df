import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.5)
    raise ValueError(f"{name} failed")


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        print(f"{name}: sub ->", await w0(name + "1"))
        print(f"{name}: sub ->", await w0(name + "1"))
        return len(name) * 2
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
        for next_done in asyncio.as_completed([w1("A")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0) for i in range(1)))
    try:
        results = await asyncio.gather(w0("B"), w1("C"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
