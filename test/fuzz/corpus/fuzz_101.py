import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        await asyncio.sleep(0.1)
        print(f"{name}: almost")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: sub ->", await w0(name + "1"))
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        await asyncio.sleep(0.3)
        print(f"{name}: half way")
        await asyncio.sleep(0.3)
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w3"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"), name="t0")
    together = asyncio.gather(w0("B"))
    await asyncio.sleep(1)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
