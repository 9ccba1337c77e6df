import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.5)
    print(f"{name}: step")
    await asyncio.sleep(0.1)
    return f"{name}-w0"


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.25):
            print("in time:", await w0("A"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    loop.call_later(1, print, "callback 0 after 1")
    loop.call_later(0.3, print, "callback 1 after 0.3")
    loop.call_later(1, print, "callback 2 after 1")
    await asyncio.sleep(1)
    print("callbacks scheduled", f"{loop.time():.2f}")
    try:
        results = await asyncio.gather(w0("B"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t0 = asyncio.create_task(w0("C"), name="t0")
    try:
        for next_done in asyncio.as_completed([w0("D")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        for next_done in asyncio.as_completed([w0("E"), w0("F"), w0("G")], timeout=None):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    fut = loop.create_future()
    loop.call_later(0.25, fut.set_result, "future value")
    try:
        print("future:", await fut)
    except ValueError as e:
        print("future raised:", e)
    ev = asyncio.Event()
    loop.call_later(1, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
