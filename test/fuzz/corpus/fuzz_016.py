import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        print(f"{name}: half way")
        await asyncio.sleep(0.5)
        await asyncio.sleep(1)
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.25)
    return f"{name}-w1"


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.5)
    t0 = asyncio.create_task(w0("A"), name="t0")
    t1 = asyncio.create_task(w0("B"), name="t1")
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("C"))
            g1 = tg.create_task(w0("D"))
            g2 = tg.create_task(w1("E"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
