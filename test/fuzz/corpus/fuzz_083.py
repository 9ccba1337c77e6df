import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.25)
        print(f"{name}: almost")
        print(f"{name}: step")
        await asyncio.sleep(0)
        print(f"{name}: almost")
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: working")
    await asyncio.sleep(0.25)
    print(f"{name}: sub ->", await w0(name + "1"))
    raise ValueError(f"{name} failed")


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: step")
    return f"{name}-w2"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"))
    t1 = asyncio.create_task(w1("B"))
    await asyncio.sleep(0.2)
    t2 = asyncio.create_task(w1("C"))
    print("t =", round(loop.time(), 3))
    t3 = asyncio.create_task(w2("D"))
    print("end:", await asyncio.gather(t0, t1, t2, t3, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
