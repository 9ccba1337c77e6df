import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    print(f"{name}: running in", asyncio.current_task().get_name())
    return len(name) * 1


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.25)
    print(f"{name}: working")
    await asyncio.sleep(0)
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        await asyncio.sleep(0.5)
        await asyncio.sleep(1)
        raise ValueError(f"{name} failed")
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
    t0 = asyncio.create_task(w1("A"), name="t0")
    loop.call_soon(print, "callback 0 (soon)")
    loop.call_later(0, print, "callback 1 after 0")
    loop.call_later(0.25, print, "callback 2 after 0.25")
    loop.call_soon(print, "callback 3 (soon)")
    await asyncio.sleep(0.25)
    print("callbacks scheduled", f"{loop.time():.2f}")
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.25) for i in range(2)))
    together = asyncio.gather(w2("B"), w1("C"))
    await asyncio.sleep(0.3)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    loop.call_later(0.1, print, "callback 0 after 0.1")
    loop.call_later(0, print, "callback 1 after 0")
    await asyncio.sleep(0.1)
    print("callbacks scheduled", f"{loop.time():.2f}")
    try:
        print("wait_for:", await asyncio.wait_for(w0("D"), timeout=0.1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
