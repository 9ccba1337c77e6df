import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    return len(name) * 2


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    return len(name) * 3


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.25)
        return f"{name}-w3"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w1("A"), name="t0")
    print("cancel t0:", t0.cancel())
    nq = asyncio.Queue(maxsize=2)
    try:
        for i in range(1):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    t1 = asyncio.create_task(w1("B"), name="t1")
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
