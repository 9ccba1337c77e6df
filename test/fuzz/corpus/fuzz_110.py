import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    print(f"{name}: working")
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.25)
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        await asyncio.sleep(0.3)
        await asyncio.sleep(1)
        print(f"{name}: almost")
        await asyncio.sleep(0.5)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w0(name + "2"))
        await asyncio.sleep(0.1)
        print(f"{name}: almost")
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.5)
        return len(name) * 3
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


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
    print("sleep result:", await asyncio.sleep(0.2, result="D"))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
