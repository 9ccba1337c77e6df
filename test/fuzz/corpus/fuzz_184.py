import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        await asyncio.sleep(0.2)
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    try:
        results = await asyncio.gather(w0("A"), w0("B"), w0("C"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("D"))
            g1 = tg.create_task(w0("E"))
            g2 = tg.create_task(w0("F"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
