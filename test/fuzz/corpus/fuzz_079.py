import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: half way")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.3)
    print(f"{name}: half way")
    return f"{name}-w1"


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, print, "callback 0 after 0.1")
    await asyncio.sleep(0.1)
    print("callbacks scheduled", f"{loop.time():.2f}")
    async for value in ticks(1, 0.5):
        print("tick", value)
        if value >= 1:
            break
    try:
        print("wait_for:", await asyncio.wait_for(w1("A"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        results = await asyncio.gather(w1("B"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(0)
    together = asyncio.gather(w0("C"), w1("D"), w1("E"))
    await asyncio.sleep(1)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.1)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
