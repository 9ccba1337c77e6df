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
    try:
        results = await asyncio.gather(w1("A"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(0.25)
    fut = loop.create_future()
    loop.call_later(0, fut.set_exception, ValueError("future failed"))
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    try:
        for next_done in asyncio.as_completed([w1("B"), w1("C")], timeout=0.5):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        results = await asyncio.gather(w0("D"), w0("E"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
