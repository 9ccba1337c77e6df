import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.25)
        print(f"{name}: half way")
        print(f"{name}: working")
        print(f"{name}: step")
        print(f"{name}: step")
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1)
    nq = asyncio.Queue(maxsize=3)
    try:
        for i in range(2):
            nq.put_nowait(i)
            print("put_nowait", i, nq.full())
    except asyncio.QueueFull:
        print("queue full at", nq.qsize())
    while not nq.empty():
        print("get_nowait", nq.get_nowait())
    await asyncio.sleep(0.1)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
