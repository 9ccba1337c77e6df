import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        print(f"{name}: almost")
        await asyncio.sleep(0.2)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: working")
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.2)
        return f"{name}-w1"
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
    together = asyncio.gather(w0("A"))
    await asyncio.sleep(0)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    print(f"t={loop.time():.2f}")
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 1) for i in range(3)))
    await asyncio.sleep(0.2)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
