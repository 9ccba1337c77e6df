import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.5)
        await asyncio.sleep(1)
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    print(f"{name}: almost")
    print(f"{name}: step")
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.5)
    return f"{name}-w2"


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.25, print, "callback 0 after 0.25")
    await asyncio.sleep(0.25)
    print("callbacks scheduled", f"{loop.time():.2f}")
    ev = asyncio.Event()
    loop.call_later(0, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    t0 = asyncio.create_task(w1("A"), name="t0")
    t1 = asyncio.create_task(w2("B"), name="t1")
    try:
        async with asyncio.timeout(0.1):
            print("in time:", await w0("C"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    try:
        print("shielded:", await asyncio.wait_for(asyncio.shield(t1), timeout=0.1))
    except asyncio.TimeoutError:
        print("shield timed out; t1 done:", t1.done())
    except (ValueError, asyncio.CancelledError) as e:
        print("shielded task failed:", type(e).__name__)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("D"))
            g1 = tg.create_task(w0("E"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print("end:", await asyncio.gather(t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
