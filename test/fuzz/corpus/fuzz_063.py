import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: working")
    print(f"{name}: sub ->", await w0(name + "1"))
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.5)
    print(f"{name}: running in", asyncio.current_task().get_name())
    return len(name) * 2


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    raise ValueError(f"{name} failed")


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: running in", asyncio.current_task().get_name())
        return len(name) * 4
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    together = asyncio.gather(w0("A"), w0("B"), w0("C"))
    await asyncio.sleep(0.1)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    loop.call_soon(print, "callback 0 (soon)")
    await asyncio.sleep(0)
    print("callbacks scheduled", f"{loop.time():.2f}")
    t0 = asyncio.create_task(w1("D"), name="t0")
    try:
        print("shielded:", await asyncio.wait_for(asyncio.shield(t0), timeout=0.1))
    except asyncio.TimeoutError:
        print("shield timed out; t0 done:", t0.done())
    except (ValueError, asyncio.CancelledError) as e:
        print("shielded task failed:", type(e).__name__)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
