import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w0"


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    print(f"t={loop.time():.2f}")
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.3) for i in range(2)))
    try:
        results = await asyncio.gather(w0("A"), w0("B"), w0("C"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(0.1)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
