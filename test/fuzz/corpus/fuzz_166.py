import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: sub ->", await w0(name + "1"))
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_exception, ValueError("future failed"))
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    t0 = asyncio.create_task(w1("A"), name="t0")
    print("t0:", t0.done(), t0.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("B"))
            g1 = tg.create_task(w0("C"))
            g2 = tg.create_task(w1("D"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "future value")
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    await asyncio.sleep(0)
    t1 = asyncio.create_task(w0("E"), name="t1")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
