import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    print(f"{name}: working")
    print(f"{name}: working")
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w1"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.3, fut.set_result, "future value")
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    try:
        print("wait_for:", await asyncio.wait_for(w0("A"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "future value")
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
