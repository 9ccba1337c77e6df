import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        print(f"{name}: working")
        await asyncio.sleep(1)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: working")
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: working")
        print(f"{name}: half way")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    print("sleep result:", await asyncio.sleep(0.5, result="A"))
    await asyncio.sleep(0.3)
    try:
        async with asyncio.timeout(0.25):
            print("in time:", await w3("B"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    t0 = asyncio.create_task(w0("C"), name="t0")
    t1 = asyncio.create_task(w3("D"), name="t1")
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.3) for i in range(3)))
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
