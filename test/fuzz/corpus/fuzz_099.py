import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.1)
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: almost")
    return len(name) * 3


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w1("A"), name="t0")
    ev = asyncio.Event()
    loop.call_later(0.5, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    try:
        print("wait_for:", await asyncio.wait_for(w2("B"), timeout=0.1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
