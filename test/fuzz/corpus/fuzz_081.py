import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.25)
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: working")
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: step")
    return len(name) * 2


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w1(name + "2"))
        print(f"{name}: working")
        print(f"{name}: step")
        await asyncio.sleep(0.25)
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
    try:
        results = await asyncio.gather(w2("A"), w0("B"), w1("C"), w2("D"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    together = asyncio.gather(w1("E"), w1("F"), w1("G"))
    await asyncio.sleep(0.1)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    print("t =", round(loop.time(), 3))
    ev = asyncio.Event()
    loop.call_later(0.2, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    try:
        for next_done in asyncio.as_completed([w2("H")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        results = await asyncio.gather(w2("I"), w1("J"), w2("K"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0) for i in range(1)))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
