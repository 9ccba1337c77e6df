import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.25)
    print(f"{name}: half way")
    print(f"{name}: almost")
    raise ValueError(f"{name} failed")


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.25)
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: half way")
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def guarded(sem, name, delay):
    async with sem:
        print(f"{name} in (locked: {sem.locked()})")
        await asyncio.sleep(delay)
        print(f"{name} out")


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0) for i in range(2)))
    await asyncio.sleep(0.2)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
