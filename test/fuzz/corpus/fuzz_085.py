import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: working")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        for next_done in asyncio.as_completed([w0("A"), w0("B"), w0("C")], timeout=0.5):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print("t =", round(loop.time(), 3))
    try:
        results = await asyncio.gather(w0("D"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("tasks alive:", len(asyncio.all_tasks()))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
