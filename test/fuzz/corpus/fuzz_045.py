import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(1)
    print(f"{name}: half way")
    print(f"{name}: almost")
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(1)
    print(f"{name}: sub ->", await w0(name + "1"))
    return f"{name}-w1"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "future value")
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    await asyncio.sleep(0)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("A"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    try:
        async with asyncio.timeout(0.25):
            print("in time:", await w1("B"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    ev = asyncio.Event()
    loop.call_later(0, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
