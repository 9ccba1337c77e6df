import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.1)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("nested:", await asyncio.gather(w0("A"), w0("B"), asyncio.gather(w0("C"), w0("D"))))
    except ValueError as e:
        print("nested gather raised", e)
    together = asyncio.gather(w0("E"), w0("F"), w0("G"))
    await asyncio.sleep(0.25)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    try:
        results = await asyncio.gather(w0("H"), w0("I"), w0("J"), w0("K"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        for next_done in asyncio.as_completed([w0("L"), w0("M"), w0("N")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
