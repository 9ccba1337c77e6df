import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    print(f"{name}: working")
    print(f"{name}: half way")
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    print(f"{name}: sub ->", await w0(name + "1"))
    await asyncio.sleep(0.25)
    await asyncio.sleep(0)
    return len(name) * 2


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: step")
    await asyncio.sleep(0)
    print(f"{name}: half way")
    print(f"{name}: sub ->", await w1(name + "2"))
    await asyncio.sleep(1)
    raise ValueError(f"{name} failed")


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        await asyncio.sleep(0.5)
        print(f"{name}: sub ->", await w1(name + "3"))
        await asyncio.sleep(0)
        print(f"{name}: almost")
        return len(name) * 4
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
    sem = asyncio.Semaphore(3)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.25) for i in range(2)))
    try:
        print("wait_for:", await asyncio.wait_for(w1("A"), timeout=0.1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    together = asyncio.gather(w1("B"))
    await asyncio.sleep(0.3)
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
