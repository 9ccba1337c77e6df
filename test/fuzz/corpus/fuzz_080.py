import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    print(f"{name}: step")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.3)
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w0("A"), w0("B"), w0("C"), w0("D"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(0.1)
    t0 = asyncio.create_task(w0("E"), name="t0")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
