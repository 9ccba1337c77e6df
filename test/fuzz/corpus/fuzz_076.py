import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        print(f"{name}: half way")
        print(f"{name}: step")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.1)
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    raise ValueError(f"{name} failed")


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


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(3)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.5) for i in range(2)))
    async for value in ticks(1, 0):
        print("tick", value)
        if value >= 2:
            break
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
