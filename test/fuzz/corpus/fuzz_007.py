import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.1)
    await asyncio.sleep(1)
    return len(name) * 1


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: working")
        print(f"{name}: step")
        print(f"{name}: running in", asyncio.current_task().get_name())
        return len(name) * 3
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        print(f"{name}: step")
        await asyncio.sleep(0)
        return f"{name}-w3"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


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
    async for value in ticks(3, 0.2):
        print("tick", value)
        if value >= 2:
            break
    try:
        results = await asyncio.gather(w3("A"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.3) for i in range(3)))
    await asyncio.sleep(0.3)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
