import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(1)
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: working")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        print(f"{name}: sub ->", await w0(name + "1"))
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: step")
        await asyncio.sleep(0)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: step")
    print(f"{name}: step")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0)
    return f"{name}-w2"


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w2(name + "3"))
    print(f"{name}: running in", asyncio.current_task().get_name())
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("A"))
            g1 = tg.create_task(w1("B"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("C"))
            g1 = tg.create_task(w1("D"))
            g2 = tg.create_task(w1("E"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    t0 = asyncio.create_task(w1("F"), name="t0")
    try:
        print("nested:", await asyncio.gather(w2("G"), w1("H"), asyncio.gather(w1("I"))))
    except ValueError as e:
        print("nested gather raised", e)
    t1 = asyncio.create_task(w2("J"), name="t1")
    print("end:", await asyncio.gather(t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
