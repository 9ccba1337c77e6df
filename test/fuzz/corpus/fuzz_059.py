import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        return f"{name}-w0"
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
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("A"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    loop.call_later(0.1, print, "callback 0 after 0.1")
    loop.call_later(0.25, print, "callback 1 after 0.25")
    loop.call_later(0.25, print, "callback 2 after 0.25")
    loop.call_soon(print, "callback 3 (soon)")
    await asyncio.sleep(0.25)
    print("callbacks scheduled", f"{loop.time():.2f}")
    try:
        for next_done in asyncio.as_completed([w0("B")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.3) for i in range(2)))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
