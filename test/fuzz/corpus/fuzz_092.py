import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
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
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.2) for i in range(1)))
    ev = asyncio.Event()
    loop.call_later(0.1, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    t0 = asyncio.create_task(w0("A"), name="t0")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
