import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.25)
    await asyncio.sleep(1)
    await asyncio.sleep(0.25)
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        await asyncio.sleep(0.5)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.25)
        await asyncio.sleep(0)
        print(f"{name}: sub ->", await w1(name + "2"))
        await asyncio.sleep(0.25)
        return len(name) * 3
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: almost")
    await asyncio.sleep(0)
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.2)
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("wait_for:", await asyncio.wait_for(w0("A"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        for next_done in asyncio.as_completed([w3("B")], timeout=0.5):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    t0 = asyncio.create_task(w2("C"), name="t0")
    try:
        results = await asyncio.gather(t0, t0)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"t={loop.time():.2f}")
    t1 = asyncio.create_task(w2("D"), name="t1")
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w2("E"))
            g1 = tg.create_task(w2("F"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
