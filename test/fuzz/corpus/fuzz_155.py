import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    print(f"{name}: working")
    print(f"{name}: half way")
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("wait_for:", await asyncio.wait_for(w0("A"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    ev = asyncio.Event()
    loop.call_later(1, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    loop.call_later(1, print, "callback 0 after 1")
    loop.call_later(0.5, print, "callback 1 after 0.5")
    loop.call_later(0.3, print, "callback 2 after 0.3")
    await asyncio.sleep(1)
    print("callbacks scheduled", f"{loop.time():.2f}")
    t0 = asyncio.create_task(w0("B"), name="t0")
    ev = asyncio.Event()
    loop.call_later(0.25, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
