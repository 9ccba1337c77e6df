import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    print(f"{name}: half way")
    await asyncio.sleep(0.3)
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    print(f"{name}: half way")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
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
    print("sleep result:", await asyncio.sleep(1, result="A"))
    loop.call_later(0.5, print, "callback 0 after 0.5")
    loop.call_soon(print, "callback 1 (soon)")
    await asyncio.sleep(0.5)
    print("callbacks scheduled", f"{loop.time():.2f}")
    async for value in ticks(0, 1):
        print("tick", value)
        if value >= 1:
            break
    try:
        for next_done in asyncio.as_completed([w1("B")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    t0 = asyncio.create_task(w0("C"), name="t0")
    together = asyncio.gather(w0("D"), w0("E"))
    await asyncio.sleep(0.25)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
