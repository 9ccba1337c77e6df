import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: half way")
    raise ValueError(f"{name} failed")


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: half way")
    await asyncio.sleep(0.2)
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: almost")
    return f"{name}-w1"


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("wait_for:", await asyncio.wait_for(w1("A"), timeout=0.1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        results = await asyncio.gather(w0("B"), w1("C"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("D"))
            g1 = tg.create_task(w0("E"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    t0 = asyncio.create_task(w1("F"), name="t0")
    try:
        for next_done in asyncio.as_completed([w0("G")], timeout=0.5):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        print("shielded:", await asyncio.wait_for(asyncio.shield(t0), timeout=0.3))
    except asyncio.TimeoutError:
        print("shield timed out; t0 done:", t0.done())
    except (ValueError, asyncio.CancelledError) as e:
        print("shielded task failed:", type(e).__name__)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
