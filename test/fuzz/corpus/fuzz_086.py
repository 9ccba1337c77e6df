import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    print(f"{name}: almost")
    print(f"{name}: almost")
    print(f"{name}: half way")
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w0"


async def main():
    loop = asyncio.get_running_loop()
    together = asyncio.gather(w0("A"), w0("B"))
    await asyncio.sleep(0.5)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.5)
    try:
        results = await asyncio.gather(w0("C"), w0("D"), w0("E"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
