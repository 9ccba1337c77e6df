import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        print(f"{name}: almost")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    raise ValueError(f"{name} failed")


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: step")
        print(f"{name}: half way")
        await asyncio.sleep(0.5)
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w3(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "callback 0 after 0")
    await asyncio.sleep(0)
    print("callbacks scheduled", f"{loop.time():.2f}")
    try:
        results = await asyncio.gather(w3("A"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print("t =", round(loop.time(), 3))
    t0 = asyncio.create_task(w0("B"), name="t0")
    try:
        print("wait_for:", await asyncio.wait_for(w1("C"), timeout=0.5))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        print("t0 ->", await t0)
    except ValueError as e:
        print("t0 raised", repr(e))
    except asyncio.CancelledError:
        print("t0 was cancelled")
    print("cancel t0:", t0.cancel())
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
