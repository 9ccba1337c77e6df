import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    print(f"{name}: step")
    return f"{name}-w0"


async def main():
    loop = asyncio.get_running_loop()
    print("t =", round(loop.time(), 3))
    try:
        results = await asyncio.gather(w0("A"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        results = await asyncio.gather(w0("B"), w0("C"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        results = await asyncio.gather(w0("D"), w0("E"), w0("F"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(0.5)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("G"))
            g1 = tg.create_task(w0("H"))
            g2 = tg.create_task(w0("I"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    await asyncio.sleep(0)
    try:
        results = await asyncio.gather(w0("J"), w0("K"), w0("L"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
