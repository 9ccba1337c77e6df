import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        print(f"{name}: half way")
        await asyncio.sleep(1)
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: almost")
    print(f"{name}: step")
    print(f"{name}: sub ->", await w0(name + "2"))
    raise ValueError(f"{name} failed")


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.5) for i in range(2)))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
