import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: half way")
    await asyncio.sleep(0.25)
    print(f"{name}: step")
    return f"{name}-w0"


async def main():
    loop = asyncio.get_running_loop()
    try:
        for next_done in asyncio.as_completed([w0("A")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print("t =", round(loop.time(), 3))
    ev = asyncio.Event()
    loop.call_later(0.25, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    loop.call_later(0.3, print, "callback 0 after 0.3")
    loop.call_later(0.1, print, "callback 1 after 0.1")
    loop.call_later(0.3, print, "callback 2 after 0.3")
    loop.call_later(0.1, print, "callback 3 after 0.1")
    await asyncio.sleep(0.3)
    print("callbacks scheduled", f"{loop.time():.2f}")
    try:
        for next_done in asyncio.as_completed([w0("B"), w0("C")], timeout=0.5):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        results = await asyncio.gather(w0("D"), w0("E"), w0("F"), w0("G"), return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
