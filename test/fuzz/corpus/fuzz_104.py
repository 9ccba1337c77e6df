import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    return len(name) * 2


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("wait_for:", await asyncio.wait_for(w1("A"), timeout=0.1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        results = await asyncio.gather(w0("B"), w1("C"), w1("D"), w1("E"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
