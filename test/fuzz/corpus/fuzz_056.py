import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    print(f"{name}: almost")
    print(f"{name}: working")
    await asyncio.sleep(1)
    await asyncio.sleep(0.25)
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    print(f"{name}: almost")
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: half way")
        await asyncio.sleep(0.1)
        print(f"{name}: half way")
        print(f"{name}: working")
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
    t0 = asyncio.create_task(w0("A"), name="t0")
    try:
        results = await asyncio.gather(w0("B"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    ev = asyncio.Event()
    loop.call_later(0, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    print("cancel t0:", t0.cancel())
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.5) for i in range(2)))
    try:
        print("wait_for:", await asyncio.wait_for(w2("C"), timeout=1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    together = asyncio.gather(w2("D"), w1("E"))
    await asyncio.sleep(1)
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
