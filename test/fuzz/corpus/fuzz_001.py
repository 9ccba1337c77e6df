import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.3)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"), name="t0")
    try:
        results = await asyncio.gather(t0, w0("B"), t0, w0("C"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("awaiting t0 unguarded")
    await t0
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
