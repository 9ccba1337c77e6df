import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    t0 = asyncio.create_task(w0("A"))
    t1 = asyncio.create_task(w0("B"))
    print("cancel t1:", t1.cancel())
    try:
        results = await asyncio.gather(t0, t1, t0, t0, return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t2 = asyncio.create_task(w0("C"))
    try:
        results = await asyncio.gather(w0("D"), w0("E"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        print("t2 ->", await t2)
    except ValueError as e:
        print("t2 raised", repr(e))
    except asyncio.CancelledError:
        print("t2 was cancelled")
    print("end:", await asyncio.gather(t0, t1, t2, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
