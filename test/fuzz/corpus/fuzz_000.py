import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: step")
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    await asyncio.sleep(0.2)
    print(f"{name}: step")
    await asyncio.sleep(0.5)
    return len(name) * 2


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w0("A"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t0 = asyncio.create_task(w0("B"), name="t0")
    t1 = asyncio.create_task(w0("C"), name="t1")
    together = asyncio.gather(w0("D"))
    await asyncio.sleep(0.25)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    t1.cancel("stop t1")
    try:
        await t1
    except asyncio.CancelledError as e:
        print("t1 cancelled with", e.args)
    except ValueError as e:
        print("t1 had raised", e)
    else:
        print("t1 finished anyway:", t1.result())
    t2 = asyncio.create_task(w0("E"), name="t2")
    print("end:", await asyncio.gather(t0, t2, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
