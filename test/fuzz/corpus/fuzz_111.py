import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.3)
        await asyncio.sleep(0.2)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.1)
    try:
        print("nested:", await asyncio.gather(w0("A"), asyncio.gather(w0("B"), w0("C"))))
    except ValueError as e:
        print("nested gather raised", e)
    try:
        for next_done in asyncio.as_completed([w0("D"), w0("E"), w0("F")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print("tasks alive:", len(asyncio.all_tasks()))
    try:
        results = await asyncio.gather(w0("G"), w0("H"), w0("I"), w0("J"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
