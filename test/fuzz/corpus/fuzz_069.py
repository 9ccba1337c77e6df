import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.1)
    await asyncio.sleep(0)
    return f"{name}-w0"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.3, fut.set_result, "future value")
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("A"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
