import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        print(f"{name}: almost")
        print(f"{name}: almost")
        await asyncio.sleep(0.3)
        print(f"{name}: half way")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        print(f"{name}: working")
        print(f"{name}: half way")
        await asyncio.sleep(0)
        await asyncio.sleep(0.5)
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def guarded(sem, name, delay):
    async with sem:
        print(f"{name} in (locked: {sem.locked()})")
        await asyncio.sleep(delay)
        print(f"{name} out")


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.1) for i in range(1)))
    ev = asyncio.Event()
    loop.call_later(0, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
