import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    print(f"{name}: working")
    await asyncio.sleep(0.5)
    return len(name) * 1


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    await asyncio.sleep(1)
    await asyncio.sleep(0.5)
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.5)
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.3)
    return len(name) * 3


async def guarded(sem, name, delay):
    async with sem:
        print(f"{name} in (locked: {sem.locked()})")
        await asyncio.sleep(delay)
        print(f"{name} out")


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w2("A"))
            g1 = tg.create_task(w1("B"))
            g2 = tg.create_task(w0("C"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    await asyncio.sleep(0.2)
    try:
        for next_done in asyncio.as_completed([w2("D"), w0("E"), w0("F")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.3) for i in range(3)))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    try:
        for next_done in asyncio.as_completed([w2("G"), w1("H")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    together = asyncio.gather(w1("I"))
    await asyncio.sleep(0)
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
