import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    raise ValueError(f"{name} failed")


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        await asyncio.sleep(1)
        await asyncio.sleep(0.2)
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.25)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        return len(name) * 3
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
    await asyncio.sleep(0.3)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("A"))
            g1 = tg.create_task(w0("B"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    t0 = asyncio.create_task(w2("C"), name="t0")
    try:
        async with asyncio.timeout(0.1):
            print("in time:", await w2("D"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    t1 = asyncio.create_task(w2("E"), name="t1")
    try:
        print("wait_for:", await asyncio.wait_for(w2("F"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    await asyncio.sleep(0.1)
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 1) for i in range(2)))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
