import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        await asyncio.sleep(0.3)
        print(f"{name}: almost")
        await asyncio.sleep(0.3)
        print(f"{name}: half way")
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w0(name + "1"))
    await asyncio.sleep(0.25)
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: sub ->", await w1(name + "2"))
        print(f"{name}: almost")
        await asyncio.sleep(0.2)
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        await asyncio.sleep(1)
        await asyncio.sleep(0.25)
        print(f"{name}: almost")
        return f"{name}-w3"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def locked(lock, name, delay):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(delay)
    print(f"{name} released; locked now: {lock.locked()}")


async def main():
    loop = asyncio.get_running_loop()
    try:
        for next_done in asyncio.as_completed([w1("A")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    loop.call_later(1, print, "callback 0 after 1")
    loop.call_later(0.3, print, "callback 1 after 0.3")
    await asyncio.sleep(1)
    print("callbacks scheduled", f"{loop.time():.2f}")
    try:
        results = await asyncio.gather(w3("B"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, f"l{i}", 0.2) for i in range(1)))
    print("tasks alive:", len(asyncio.all_tasks()))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
