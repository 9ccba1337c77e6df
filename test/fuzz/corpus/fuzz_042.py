import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    return len(name) * 1


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"), name="t0")
    ev = asyncio.Event()
    loop.call_later(0.3, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    try:
        print("t0 ->", await t0)
    except ValueError as e:
        print("t0 raised", repr(e))
    except asyncio.CancelledError:
        print("t0 was cancelled")
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 1) for i in range(1)))
    t1 = asyncio.create_task(w0("B"), name="t1")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
