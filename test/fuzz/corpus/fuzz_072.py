import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    await asyncio.sleep(0.25)
    return len(name) * 1


async def main():
    loop = asyncio.get_running_loop()
    print("sleep result:", await asyncio.sleep(0.5, result="A"))
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("B"))
            g1 = tg.create_task(w0("C"))
            g2 = tg.create_task(w0("D"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    try:
        results = await asyncio.gather(w0("E"), w0("F"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        results = await asyncio.gather(w0("G"), w0("H"), w0("I"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        results = await asyncio.gather(w0("J"), w0("K"), w0("L"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        results = await asyncio.gather(w0("M"), w0("N"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        print("wait_for:", await asyncio.wait_for(w0("O"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
