import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    raise ValueError(f"{name} failed")


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.3)
        print(f"{name}: almost")
        print(f"{name}: sub ->", await w0(name + "1"))
        print(f"{name}: sub ->", await w0(name + "1"))
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("A"))
            g1 = tg.create_task(w0("B"))
            g2 = tg.create_task(w1("C"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    try:
        results = await asyncio.gather(w1("D"), w0("E"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
