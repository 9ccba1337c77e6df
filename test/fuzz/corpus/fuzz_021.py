import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        print(f"{name}: half way")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w0(name + "1"))
        await asyncio.sleep(0.25)
        await asyncio.sleep(0.3)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    print(f"{name}: step")
    await asyncio.sleep(0.5)
    return f"{name}-w2"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w1("A"))
    t1 = asyncio.create_task(w1("B"))
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
