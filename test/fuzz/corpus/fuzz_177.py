import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0)
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.2)
        await asyncio.sleep(0.5)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: almost")
        print(f"{name}: working")
        print(f"{name}: working")
        print(f"{name}: step")
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.2)
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: running in", asyncio.current_task().get_name())
    return len(name) * 3


async def guarded(sem, name, delay):
    async with sem:
        print(f"{name} in (locked: {sem.locked()})")
        await asyncio.sleep(delay)
        print(f"{name} out")


async def main():
    loop = asyncio.get_running_loop()
    try:
        for next_done in asyncio.as_completed([w2("A")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print("tasks alive:", len(asyncio.all_tasks()))
    sem = asyncio.Semaphore(3)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0) for i in range(1)))
    try:
        results = await asyncio.gather(w1("B"), w0("C"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        print("nested:", await asyncio.gather(w0("D"), w0("E"), asyncio.gather(w2("F"), w2("G"))))
    except ValueError as e:
        print("nested gather raised", e)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("H"))
            g1 = tg.create_task(w2("I"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
