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


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.25) for i in range(3)))
    try:
        print("wait_for:", await asyncio.wait_for(w2("A"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
