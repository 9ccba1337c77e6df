import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        await asyncio.sleep(1)
        await asyncio.sleep(0.1)
        print(f"{name}: almost")
        await asyncio.sleep(0.25)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: working")
    await asyncio.sleep(0.1)
    print(f"{name}: almost")
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w1(name + "2"))
    return len(name) * 3


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w1(name + "3"))
        print(f"{name}: half way")
        await asyncio.sleep(1)
        print(f"{name}: working")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"))
    print("cancel t0:", t0.cancel())
    t1 = asyncio.create_task(w0("B"))
    print("cancel t0:", t0.cancel())
    t2 = asyncio.create_task(w3("C"))
    print("end:", await asyncio.gather(t0, t1, t2, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
