import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: step")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    print("tasks alive:", len(asyncio.all_tasks()))
    try:
        results = await asyncio.gather(w0("A"), w0("B"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        results = await asyncio.gather(w0("C"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
