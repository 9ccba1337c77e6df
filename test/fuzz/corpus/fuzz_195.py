import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        print(f"{name}: working")
        print(f"{name}: almost")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w0(name + "1"))
        print(f"{name}: almost")
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.3)
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: working")
    print(f"{name}: sub ->", await w0(name + "2"))
    print(f"{name}: working")
    return f"{name}-w2"


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w2(name + "3"))
        print(f"{name}: almost")
        return f"{name}-w3"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    try:
        for next_done in asyncio.as_completed([w3("A"), w3("B")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print("tasks alive:", len(asyncio.all_tasks()))
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.25) for i in range(2)))
    try:
        async with asyncio.timeout(0.25):
            print("in time:", await w3("C"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    t0 = asyncio.create_task(w1("D"), name="t0")
    t1 = asyncio.create_task(w3("E"), name="t1")
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
