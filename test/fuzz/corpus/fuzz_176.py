import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.5)
    return len(name) * 1


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        print(f"{name}: almost")
        await asyncio.sleep(0)
        print(f"{name}: step")
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w1(name + "2"))
        await asyncio.sleep(0.1)
        print(f"{name}: working")
        print(f"{name}: step")
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    await asyncio.sleep(0.5)
    print(f"{name}: working")
    raise ValueError(f"{name} failed")


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
    print("sleep result:", await asyncio.sleep(1, result="A"))
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.2) for i in range(1)))
    async for value in ticks(3, 0.2):
        print("tick", value)
    loop.call_later(0.5, print, "callback 0 after 0.5")
    loop.call_later(0.5, print, "callback 1 after 0.5")
    loop.call_later(1, print, "callback 2 after 1")
    await asyncio.sleep(1)
    print("callbacks scheduled", f"{loop.time():.2f}")
    t0 = asyncio.create_task(w0("B"), name="t0")
    together = asyncio.gather(w2("C"), w3("D"))
    await asyncio.sleep(0.3)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    async for value in ticks(2, 0.2):
        print("tick", value)
        if value >= 1:
            break
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
