import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    return len(name) * 1


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("wait_for:", await asyncio.wait_for(w0("A"), timeout=0.5))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.25) for i in range(3)))
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.3) for i in range(3)))
    async for value in ticks(3, 0.1):
        print("tick", value)
    try:
        async with asyncio.timeout(0.5):
            print("in time:", await w0("B"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    print("sleep result:", await asyncio.sleep(0.25, result="C"))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
