import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    await asyncio.sleep(0)
    await asyncio.sleep(0.3)
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: working")
    await asyncio.sleep(1)
    print(f"{name}: working")
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: working")
    await asyncio.sleep(0.3)
    raise ValueError(f"{name} failed")


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        print(f"{name}: sub ->", await w0(name + "3"))
        await asyncio.sleep(0)
        await asyncio.sleep(0.5)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w3("A"), name="t0")
    fut = loop.create_future()
    loop.call_later(0.25, fut.set_result, "future value")
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
