import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.5)
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        print(f"{name}: running in", asyncio.current_task().get_name())
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w1("A"), name="t0")
    t0.cancel("stop t0")
    try:
        await t0
    except asyncio.CancelledError as e:
        print("t0 cancelled with", e.args)
    except ValueError as e:
        print("t0 had raised", e)
    else:
        print("t0 finished anyway:", t0.result())
    try:
        results = await asyncio.gather(t0)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("repr:", t0)
    try:
        for next_done in asyncio.as_completed([w1("B"), w0("C"), w1("D")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    together = asyncio.gather(w1("E"), w1("F"))
    await asyncio.sleep(0.3)
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
