import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: step")
    await asyncio.sleep(0)
    print(f"{name}: step")
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w1(name + "3"))
    return f"{name}-w3"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w2("A"), name="t0")
    print("cancel t0:", t0.cancel())
    t1 = asyncio.create_task(w0("B"), name="t1")
    print("cancel t0:", t0.cancel())
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
