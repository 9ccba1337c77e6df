import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: working")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    await asyncio.sleep(0)
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.25)
    return len(name) * 2


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.3) for i in range(1)))
    t0 = asyncio.create_task(w0("A"), name="t0")
    print("cancel t0:", t0.cancel())
    done, pending = await asyncio.wait([t0], timeout=0.1, return_when=asyncio.FIRST_EXCEPTION)
    print("wait:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    t0.cancel("stop t0")
    try:
        await t0
    except asyncio.CancelledError as e:
        print("t0 cancelled with", e.args)
    except ValueError as e:
        print("t0 had raised", e)
    else:
        print("t0 finished anyway:", t0.result())
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
