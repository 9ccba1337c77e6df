import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        print(f"{name}: step")
        print(f"{name}: almost")
        await asyncio.sleep(0.2)
        await asyncio.sleep(1)
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    raise ValueError(f"{name} failed")


async def w3(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    print(f"{name}: working")
    print(f"{name}: sub ->", await w2(name + "3"))
    return f"{name}-w3"


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w1("A"), w3("B"), w3("C"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        results = await asyncio.gather(w2("D"), w3("E"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("tasks alive:", len(asyncio.all_tasks()))
    try:
        for next_done in asyncio.as_completed([w2("F"), w1("G")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    t0 = asyncio.create_task(w2("H"), name="t0")
    try:
        print("t0 ->", await t0)
    except ValueError as e:
        print("t0 raised", repr(e))
    except asyncio.CancelledError:
        print("t0 was cancelled")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
