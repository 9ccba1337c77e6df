import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    print(f"{name}: step")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0)
    raise ValueError(f"{name} failed")


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        print(f"{name}: sub ->", await w0(name + "2"))
        print(f"{name}: half way")
        await asyncio.sleep(0.3)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w1("A"), name="t0")
    t1 = asyncio.create_task(w2("B"), name="t1")
    print("tasks alive:", len(asyncio.all_tasks()))
    done, pending = await asyncio.wait([t0], timeout=0.1, return_when=asyncio.FIRST_EXCEPTION)
    print("wait:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    try:
        print("shielded:", await asyncio.wait_for(asyncio.shield(t0), timeout=0.3))
    except asyncio.TimeoutError:
        print("shield timed out; t0 done:", t0.done())
    except (ValueError, asyncio.CancelledError) as e:
        print("shielded task failed:", type(e).__name__)
    done, pending = await asyncio.wait([t1], timeout=0.1, return_when=asyncio.FIRST_EXCEPTION)
    print("wait:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    await asyncio.sleep(0)
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
