import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        await asyncio.sleep(0.5)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: working")
    return f"{name}-w2"


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: step")
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.5)
    return len(name) * 4


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.25, fut.set_exception, ValueError("future failed"))
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w3("A"))
            g1 = tg.create_task(w1("B"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print("t =", round(loop.time(), 3))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
