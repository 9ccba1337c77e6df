import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: almost")
    print(f"{name}: working")
    print(f"{name}: half way")
    return f"{name}-w0"


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    nq = asyncio.Queue(maxsize=1)
    try:
        for i in range(1):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    try:
        async with asyncio.timeout(0.5):
            print("in time:", await w0("A"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    loop.call_later(0, print, "callback 0 after 0")
    await asyncio.sleep(0)
    print("callbacks scheduled", f"{loop.time():.2f}")
    async for value in ticks(4, 0):
        print("tick", value)
        if value >= 2:
            break
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("B"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    ev = asyncio.Event()
    loop.call_later(0, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
