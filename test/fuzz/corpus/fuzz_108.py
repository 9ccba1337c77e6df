import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: almost")
    await asyncio.sleep(1)
    await asyncio.sleep(0.5)
    raise ValueError(f"{name} failed")


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: half way")
    await asyncio.sleep(0.25)
    return f"{name}-w2"


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        await asyncio.sleep(0.5)
        return len(name) * 4
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1)
    await asyncio.sleep(1)
    t0 = asyncio.create_task(w0("A"), name="t0")
    print("tasks alive:", len(asyncio.all_tasks()))
    together = asyncio.gather(w2("B"), w1("C"), w0("D"))
    await asyncio.sleep(0.2)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_exception, ValueError("future failed"))
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
