import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(1)
    await asyncio.sleep(0.1)
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    print(f"{name}: sub ->", await w0(name + "1"))
    return len(name) * 2


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("A"))
            g1 = tg.create_task(w1("B"))
            g2 = tg.create_task(w0("C"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    await asyncio.sleep(1)
    t0 = asyncio.create_task(w1("D"), name="t0")
    done, pending = await asyncio.wait([t0], timeout=0.3, return_when=asyncio.FIRST_EXCEPTION)
    print("wait:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    t1 = asyncio.create_task(w1("E"), name="t1")
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
