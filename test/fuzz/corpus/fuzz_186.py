import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    await asyncio.sleep(0.3)
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.25)
    return f"{name}-w0"


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    fut = loop.create_future()
    loop.call_later(0, fut.set_exception, ValueError("future failed"))
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    try:
        print("wait_for:", await asyncio.wait_for(w0("A"), timeout=1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
