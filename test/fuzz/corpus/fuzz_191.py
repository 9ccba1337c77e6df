import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.2)
    print(f"{name}: almost")
    print(f"{name}: almost")
    await asyncio.sleep(0.2)
    return len(name) * 1


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    print(f"{name}: sub ->", await w0(name + "1"))
    print(f"{name}: half way")
    print(f"{name}: working")
    await asyncio.sleep(0.5)
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w3(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    return f"{name}-w3"


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("wait_for:", await asyncio.wait_for(w2("A"), timeout=0.5))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        for next_done in asyncio.as_completed([w1("B")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.1) for i in range(2)))
    t0 = asyncio.create_task(w2("C"), name="t0")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
