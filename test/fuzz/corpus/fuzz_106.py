import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        print(f"{name}: step")
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.1)
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: sub ->", await w0(name + "1"))
    print(f"{name}: sub ->", await w0(name + "1"))
    print(f"{name}: almost")
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        await asyncio.sleep(0.5)
        return len(name) * 3
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    print(f"{name}: step")
    await asyncio.sleep(0)
    await asyncio.sleep(0.5)
    return f"{name}-w3"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w1("A"))
    print("cancel t0:", t0.cancel())
    try:
        results = await asyncio.gather(t0, w2("B"), t0, w3("C"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        print("t0 ->", await t0)
    except ValueError as e:
        print("t0 raised", repr(e))
    except asyncio.CancelledError:
        print("t0 was cancelled")
    t1 = asyncio.create_task(w3("D"))
    try:
        print("t1 ->", await t1)
    except ValueError as e:
        print("t1 raised", repr(e))
    except asyncio.CancelledError:
        print("t1 was cancelled")
    await asyncio.sleep(0.3)
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
