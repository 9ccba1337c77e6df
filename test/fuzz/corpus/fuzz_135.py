import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    return len(name) * 1


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    print("sleep result:", await asyncio.sleep(0.3, result="A"))
    fut = loop.create_future()
    loop.call_later(0.3, fut.set_exception, ValueError("future failed"))
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    try:
        results = await asyncio.gather(w0("B"), w0("C"), w0("D"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.3) for i in range(1)))
    try:
        print("wait_for:", await asyncio.wait_for(w0("E"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    await asyncio.sleep(0)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
