import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    await asyncio.sleep(0)
    await asyncio.sleep(0.3)
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w0(name + "1"))
    print(f"{name}: working")
    return len(name) * 2


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        print(f"{name}: working")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w2("A"), name="t0")
    try:
        print("nested:", await asyncio.gather(w2("B"), asyncio.gather(w1("C"), w0("D"))))
    except ValueError as e:
        print("nested gather raised", e)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("E"))
            g1 = tg.create_task(w1("F"))
            g2 = tg.create_task(w1("G"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
