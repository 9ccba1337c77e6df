import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.5)
        print(f"{name}: running in", asyncio.current_task().get_name())
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.3)
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    await asyncio.sleep(0.3)
    await asyncio.sleep(1)
    return f"{name}-w2"


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        await asyncio.sleep(0.3)
        await asyncio.sleep(0)
        return len(name) * 4
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"), name="t0")
    print("cancel t0:", t0.cancel())
    try:
        for next_done in asyncio.as_completed([w0("B"), w0("C")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print("sleep result:", await asyncio.sleep(0.5, result="D"))
    print("cancel t0:", t0.cancel())
    try:
        results = await asyncio.gather(t0)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
