import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.25)
    return len(name) * 1


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w0("A"), w0("B"), w0("C"), w0("D"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(0.3)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
