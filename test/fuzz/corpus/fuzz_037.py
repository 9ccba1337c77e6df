import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0)
    print(f"{name}: running in", asyncio.current_task().get_name())
    return len(name) * 1


async def main():
    loop = asyncio.get_running_loop()
    try:
        results = await asyncio.gather(w0("A"), w0("B"), w0("C"), w0("D"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        for next_done in asyncio.as_completed([w0("E"), w0("F")], timeout=0.5):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print("tasks alive:", len(asyncio.all_tasks()))
    try:
        results = await asyncio.gather(w0("G"), w0("H"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t0 = asyncio.create_task(w0("I"), name="t0")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
