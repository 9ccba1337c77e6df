import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    raise ValueError(f"{name} failed")


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    print(f"{name}: step")
    print(f"{name}: working")
    print(f"{name}: step")
    await asyncio.sleep(0.5)
    raise ValueError(f"{name} failed")


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: sub ->", await w1(name + "2"))
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.1)
        print(f"{name}: sub ->", await w0(name + "2"))
        return len(name) * 3
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
    await asyncio.sleep(0.25)
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.5) for i in range(4)))
    try:
        results = await asyncio.gather(w2("A"), w1("B"), w2("C"), w0("D"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        for next_done in asyncio.as_completed([w2("E"), w0("F")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
