import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def guarded(sem, name, delay):
    async with sem:
        print(f"{name} in (locked: {sem.locked()})")
        await asyncio.sleep(delay)
        print(f"{name} out")


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.3) for i in range(2)))
    ev = asyncio.Event()
    loop.call_later(0, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("A"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("B"))
            g1 = tg.create_task(w0("C"))
            g2 = tg.create_task(w0("D"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    async for value in ticks(2, 0.2):
        print("tick", value)
        if value >= 1:
            break
    sem = asyncio.Semaphore(3)
    await asyncio.gather(*(guarded(sem, f"s{i}", 1) for i in range(3)))
    try:
        for next_done in asyncio.as_completed([w0("E"), w0("F"), w0("G")], timeout=0.5):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    loop.call_later(0.2, print, "callback 0 after 0.2")
    await asyncio.sleep(0.2)
    print("callbacks scheduled", f"{loop.time():.2f}")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
