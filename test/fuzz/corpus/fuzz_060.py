import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: half way")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        print(f"{name}: half way")
        await asyncio.sleep(0.5)
        print(f"{name}: almost")
        print(f"{name}: step")
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    print(f"{name}: sub ->", await w0(name + "3"))
    print(f"{name}: half way")
    print(f"{name}: sub ->", await w0(name + "3"))
    await asyncio.sleep(0.5)
    return len(name) * 4


async def main():
    loop = asyncio.get_running_loop()
    nq = asyncio.Queue(maxsize=2)
    try:
        for i in range(4):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w2("A"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    try:
        print("wait_for:", await asyncio.wait_for(w0("B"), timeout=0.5))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
