import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.5)
    print(f"{name}: step")
    await asyncio.sleep(0)
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"), name="t0")
    fut = loop.create_future()
    loop.call_later(0, fut.set_result, "future value")
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    t1 = asyncio.create_task(w0("B"), name="t1")
    await asyncio.sleep(0)
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
