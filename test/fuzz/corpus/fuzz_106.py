import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        await asyncio.sleep(0.5)
        print(f"{name}: half way")
        await asyncio.sleep(0.1)
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    await asyncio.sleep(0.1)
    print(f"{name}: working")
    print(f"{name}: almost")
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        print(f"{name}: half way")
        return len(name) * 3
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    print(f"{name}: step")
    print(f"{name}: sub ->", await w2(name + "3"))
    await asyncio.sleep(0.5)
    return f"{name}-w3"


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.3)
    fut = loop.create_future()
    loop.call_later(0.3, fut.set_result, "future value")
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    try:
        print("nested:", await asyncio.gather(w1("A"), w2("B"), asyncio.gather(w3("C"), w3("D"))))
    except ValueError as e:
        print("nested gather raised", e)
    t0 = asyncio.create_task(w1("E"), name="t0")
    print("awaiting t0 unguarded")
    await t0
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("F"))
            g1 = tg.create_task(w2("G"))
            g2 = tg.create_task(w2("H"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    try:
        results = await asyncio.gather(w1("I"), w3("J"), w2("K"), t0)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
