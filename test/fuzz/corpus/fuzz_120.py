import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    await asyncio.sleep(0.1)
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        await asyncio.sleep(1)
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w1(name + "2"))
        await asyncio.sleep(0.3)
        print(f"{name}: sub ->", await w0(name + "2"))
        await asyncio.sleep(0.3)
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    return len(name) * 4


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    fut = loop.create_future()
    loop.call_later(0.25, fut.set_exception, ValueError("future failed"))
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    print("sleep result:", await asyncio.sleep(0.25, result="A"))
    try:
        results = await asyncio.gather(w2("B"), w0("C"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        for next_done in asyncio.as_completed([w0("D"), w1("E")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
