import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    return f"{name}-w0"


async def main():
    loop = asyncio.get_running_loop()
    print("sleep result:", await asyncio.sleep(0.25, result="A"))
    try:
        results = await asyncio.gather(w0("B"), w0("C"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
