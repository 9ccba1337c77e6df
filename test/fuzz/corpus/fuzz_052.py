import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: running in", asyncio.current_task().get_name())
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    raise ValueError(f"{name} failed")


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    print(f"{name}: working")
    await asyncio.sleep(0.2)
    return f"{name}-w2"


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        await asyncio.sleep(0.1)
        await asyncio.sleep(0.1)
        print(f"{name}: sub ->", await w0(name + "3"))
        return len(name) * 4
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.25):
            print("in time:", await w1("A"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    try:
        results = await asyncio.gather(w0("B"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(0.3)
    t0 = asyncio.create_task(w1("C"), name="t0")
    try:
        for next_done in asyncio.as_completed([w2("D"), w2("E")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    t1 = asyncio.create_task(w1("F"), name="t1")
    try:
        print("nested:", await asyncio.gather(w1("G"), asyncio.gather(w3("H"))))
    except ValueError as e:
        print("nested gather raised", e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
