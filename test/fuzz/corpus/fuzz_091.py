import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.2)
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"), name="t0")
    try:
        print("nested:", await asyncio.gather(w0("B"), asyncio.gather(w0("C"), w0("D"))))
    except ValueError as e:
        print("nested gather raised", e)
    t1 = asyncio.create_task(w0("E"), name="t1")
    fut = loop.create_future()
    loop.call_later(1, fut.set_exception, ValueError("future failed"))
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    try:
        results = await asyncio.gather(t0, t0, w0("F"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    ev = asyncio.Event()
    loop.call_later(0.3, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    print("end:", await asyncio.gather(t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
