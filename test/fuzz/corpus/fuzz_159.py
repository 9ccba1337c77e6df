import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)
    print(f"{name}: running in", asyncio.current_task().get_name())
    return len(name) * 1


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        print(f"{name}: working")
        await asyncio.sleep(0.2)
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
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    t0 = asyncio.create_task(w0("C"), name="t0")
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_exception, ValueError("future failed"))
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("D"))
            g1 = tg.create_task(w0("E"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
