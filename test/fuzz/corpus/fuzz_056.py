import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    await asyncio.sleep(0.5)
    print(f"{name}: working")
    print(f"{name}: half way")
    await asyncio.sleep(0.25)
    return f"{name}-w0"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w0(name + "1"))
    await asyncio.sleep(0.3)
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        print(f"{name}: half way")
        await asyncio.sleep(0.1)
        print(f"{name}: half way")
        print(f"{name}: sub ->", await w1(name + "2"))
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w1("A"))
    t1 = asyncio.create_task(w0("B"))
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
