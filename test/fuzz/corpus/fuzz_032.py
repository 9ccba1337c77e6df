import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        await asyncio.sleep(0.5)
        print(f"{name}: working")
        print(f"{name}: working")
        await asyncio.sleep(0.25)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: working")
        print(f"{name}: working")
        await asyncio.sleep(0.25)
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: almost")
        await asyncio.sleep(0.5)
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.1)
        return f"{name}-w3"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    t0 = asyncio.create_task(w1("A"), name="t0")
    async for value in ticks(0, 1):
        print("tick", value)
    try:
        print("nested:", await asyncio.gather(w2("B"), w2("C"), asyncio.gather(w2("D"))))
    except ValueError as e:
        print("nested gather raised", e)
    try:
        async with asyncio.timeout(0.1):
            print("in time:", await w2("E"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    print("awaiting t0 unguarded")
    await t0
    done, pending = await asyncio.wait([t0], timeout=None, return_when=asyncio.ALL_COMPLETED)
    print("wait:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print("cancel t0:", t0.cancel())
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
