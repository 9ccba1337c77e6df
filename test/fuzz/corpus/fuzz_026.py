import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    return len(name) * 1


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("A"))
            g1 = tg.create_task(w0("B"))
            g2 = tg.create_task(w0("C"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("D"))
            g1 = tg.create_task(w0("E"))
            g2 = tg.create_task(w0("F"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    ev = asyncio.Event()
    loop.call_later(0.3, ev.set)
    print("event before:", ev.is_set())
    await ev.wait()
    print("event after:", ev.is_set(), f"{loop.time():.2f}")
    try:
        print("wait_for:", await asyncio.wait_for(w0("G"), timeout=1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    t0 = asyncio.create_task(w0("H"), name="t0")
    t1 = asyncio.create_task(w0("I"), name="t1")
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
