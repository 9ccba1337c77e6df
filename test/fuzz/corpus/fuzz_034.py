import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    print(f"{name}: working")
    return len(name) * 1


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        print(f"{name}: step")
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w1(name + "2"))
    await asyncio.sleep(0)
    return f"{name}-w2"


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("wait_for:", await asyncio.wait_for(w1("A"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    t0 = asyncio.create_task(w1("B"))
    t1 = asyncio.create_task(w1("C"))
    t2 = asyncio.create_task(w0("D"))
    print("cancel t0:", t0.cancel())
    try:
        print("t2 ->", await t2)
    except ValueError as e:
        print("t2 raised", repr(e))
    except asyncio.CancelledError:
        print("t2 was cancelled")
    print("cancel t0:", t0.cancel())
    try:
        results = await asyncio.gather(t1, t0, t1, return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("end:", await asyncio.gather(t0, t1, t2, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
