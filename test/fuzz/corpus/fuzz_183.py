import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        await asyncio.sleep(0.25)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    print(f"{name}: sub ->", await w0(name + "1"))
    print(f"{name}: half way")
    await asyncio.sleep(0)
    await asyncio.sleep(1)
    return len(name) * 2


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: working")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w2("A"), name="t0")
    ev = asyncio.Event()
    loop.call_later(0.2, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    done, pending = await asyncio.wait([t0], timeout=None, return_when=asyncio.ALL_COMPLETED)
    print("wait:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    try:
        print("shielded:", await asyncio.wait_for(asyncio.shield(t0), timeout=0.3))
    except asyncio.TimeoutError:
        print("shield timed out; t0 done:", t0.done())
    except (ValueError, asyncio.CancelledError) as e:
        print("shielded task failed:", type(e).__name__)
    print("awaiting t0 unguarded")
    await t0
    t1 = asyncio.create_task(w1("B"), name="t1")
    done, pending = await asyncio.wait([t0], timeout=None, return_when=asyncio.FIRST_EXCEPTION)
    print("wait:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
