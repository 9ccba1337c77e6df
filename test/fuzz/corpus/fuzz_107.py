import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    loop.call_later(0, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    try:
        results = await asyncio.gather(w0("A"), w0("B"), w0("C"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        for next_done in asyncio.as_completed([w0("D")], timeout=0.5):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    await asyncio.sleep(0.25)
    try:
        async with asyncio.timeout(0.5):
            print("in time:", await w0("E"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    print("sleep result:", await asyncio.sleep(0.1, result="F"))
    try:
        print("wait_for:", await asyncio.wait_for(w0("G"), timeout=0.5))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    t0 = asyncio.create_task(w0("H"), name="t0")
    loop.call_later(0.1, lambda: 1 / 0)
    await asyncio.sleep(0.1)
    await asyncio.sleep(0)
    print("after the failing callback")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
