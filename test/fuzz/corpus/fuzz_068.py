import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    print(f"{name}: step")
    await asyncio.sleep(0.3)
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        print(f"{name}: sub ->", await w1(name + "3"))
        print(f"{name}: sub ->", await w0(name + "3"))
        print(f"{name}: almost")
        await asyncio.sleep(0.5)
        raise ValueError(f"{name} failed")
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
    together = asyncio.gather(w0("B"), w0("C"), w3("D"))
    await asyncio.sleep(0.2)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
