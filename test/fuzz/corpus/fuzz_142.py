import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.3)
        await asyncio.sleep(0.3)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w0(name + "1"))
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w0(name + "2"))
    print(f"{name}: almost")
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.2)
    return f"{name}-w2"


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w0(name + "3"))
        print(f"{name}: sub ->", await w0(name + "3"))
        await asyncio.sleep(0.1)
        await asyncio.sleep(0.2)
        return f"{name}-w3"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w1("A"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    loop.call_later(0.2, print, "callback 0 after 0.2")
    await asyncio.sleep(0.2)
    print("callbacks scheduled", f"{loop.time():.2f}")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
