import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    await asyncio.sleep(0.2)
    print(f"{name}: working")
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "future value")
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    try:
        for next_done in asyncio.as_completed([w0("A"), w0("B")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    await asyncio.sleep(0.5)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
