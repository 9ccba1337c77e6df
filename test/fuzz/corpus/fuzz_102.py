import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.3)
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: working")
    print(f"{name}: step")
    await asyncio.sleep(0.2)
    return len(name) * 2


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        print(f"{name}: half way")
        await asyncio.sleep(0.2)
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w3(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    print(f"{name}: step")
    await asyncio.sleep(0.5)
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w3"


async def main():
    loop = asyncio.get_running_loop()
    try:
        for next_done in asyncio.as_completed([w2("A"), w1("B"), w3("C")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        async with asyncio.timeout(0.1):
            print("in time:", await w1("D"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    await asyncio.sleep(0.2)
    try:
        results = await asyncio.gather(w0("E"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t0 = asyncio.create_task(w0("F"), name="t0")
    print("tasks alive:", len(asyncio.all_tasks()))
    try:
        print("wait_for:", await asyncio.wait_for(w2("G"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
