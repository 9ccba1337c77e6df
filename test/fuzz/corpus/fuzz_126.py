import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.25)
        print(f"{name}: half way")
        await asyncio.sleep(0.25)
        print(f"{name}: almost")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.3)
    await asyncio.sleep(0)
    return f"{name}-w1"


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("A"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    loop.call_later(0.1, print, "callback 0 after 0.1")
    loop.call_later(1, print, "callback 1 after 1")
    loop.call_later(0.1, print, "callback 2 after 0.1")
    loop.call_later(0.25, print, "callback 3 after 0.25")
    await asyncio.sleep(1)
    print("callbacks scheduled", f"{loop.time():.2f}")
    await asyncio.sleep(1)
    nq = asyncio.Queue(maxsize=2)
    try:
        for i in range(2):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    t0 = asyncio.create_task(w1("B"), name="t0")
    try:
        print("nested:", await asyncio.gather(w0("C"), asyncio.gather(w1("D"), w0("E"))))
    except ValueError as e:
        print("nested gather raised", e)
    await asyncio.sleep(0.2)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
