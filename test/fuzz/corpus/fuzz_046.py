import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.2)
        await asyncio.sleep(0.1)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        for next_done in asyncio.as_completed([w0("A")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        results = await asyncio.gather(w0("B"), w0("C"), w0("D"), w0("E"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(0.1)
    try:
        print("wait_for:", await asyncio.wait_for(w0("F"), timeout=0.1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
