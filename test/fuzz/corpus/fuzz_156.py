import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: step")
        await asyncio.sleep(0.25)
        print(f"{name}: half way")
        print(f"{name}: almost")
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.3)
    print(f"{name}: step")
    await asyncio.sleep(0.3)
    print(f"{name}: running in", asyncio.current_task().get_name())
    raise ValueError(f"{name} failed")


async def guarded(sem, name, delay):
    async with sem:
        print(f"{name} in (locked: {sem.locked()})")
        await asyncio.sleep(delay)
        print(f"{name} out")


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.5) for i in range(4)))
    try:
        results = await asyncio.gather(w2("A"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
