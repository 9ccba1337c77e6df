import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.1)
    await asyncio.sleep(1)
    return len(name) * 1


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: working")
        print(f"{name}: step")
        print(f"{name}: running in", asyncio.current_task().get_name())
        return len(name) * 3
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        print(f"{name}: step")
        await asyncio.sleep(0)
        return f"{name}-w3"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    print("t =", round(loop.time(), 3))
    t0 = asyncio.create_task(w0("A"), name="t0")
    try:
        results = await asyncio.gather(t0)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("sleep result:", await asyncio.sleep(0.5, result="B"))
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
