import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: half way")
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.5)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.1)
    await asyncio.sleep(1)
    await asyncio.sleep(0)
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    await asyncio.sleep(0.25)
    return len(name) * 3


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        await asyncio.sleep(0.2)
        print(f"{name}: working")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1)
    try:
        results = await asyncio.gather(w3("A"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w3("B"))
            g1 = tg.create_task(w1("C"))
            g2 = tg.create_task(w0("D"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    try:
        results = await asyncio.gather(w3("E"), w0("F"), w3("G"), w2("H"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        results = await asyncio.gather(w3("I"), w1("J"), w2("K"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    loop.call_later(0, print, "callback 0 after 0")
    loop.call_later(1, print, "callback 1 after 1")
    loop.call_later(0.1, print, "callback 2 after 0.1")
    await asyncio.sleep(1)
    print("callbacks scheduled", f"{loop.time():.2f}")
    try:
        results = await asyncio.gather(w0("L"), w1("M"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        print("wait_for:", await asyncio.wait_for(w1("N"), timeout=1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
