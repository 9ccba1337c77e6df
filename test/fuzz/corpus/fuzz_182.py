import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.25)
        await asyncio.sleep(0.5)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: step")
    await asyncio.sleep(0.3)
    return len(name) * 3


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.2)
    print(f"{name}: sub ->", await w0(name + "3"))
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w3"


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w3("A"))
            g1 = tg.create_task(w3("B"))
            g2 = tg.create_task(w3("C"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    t0 = asyncio.create_task(w1("D"), name="t0")
    try:
        print("nested:", await asyncio.gather(w2("E"), asyncio.gather(w1("F"))))
    except ValueError as e:
        print("nested gather raised", e)
    loop.call_later(0.3, lambda: 1 / 0)
    await asyncio.sleep(0.3)
    await asyncio.sleep(0)
    print("after the failing callback")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
