import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        print(f"{name}: step")
        print(f"{name}: half way")
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    raise ValueError(f"{name} failed")


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    async for value in ticks(4, 0.5):
        print("tick", value)
        if value >= 2:
            break
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w2("A"))
            g1 = tg.create_task(w2("B"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    t0 = asyncio.create_task(w0("C"), name="t0")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
