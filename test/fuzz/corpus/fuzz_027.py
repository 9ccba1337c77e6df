import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    await asyncio.sleep(1)
    print(f"{name}: half way")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    print(f"{name}: almost")
    print(f"{name}: working")
    await asyncio.sleep(0)
    raise ValueError(f"{name} failed")


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: almost")
        return f"{name}-w3"
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
    await asyncio.gather(*(guarded(sem, f"s{i}", 0) for i in range(3)))
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("A"))
            g1 = tg.create_task(w3("B"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print(f"t={loop.time():.2f}")
    sem = asyncio.Semaphore(3)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.1) for i in range(3)))
    t0 = asyncio.create_task(w3("C"), name="t0")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
