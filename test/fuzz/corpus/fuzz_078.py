import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    raise ValueError(f"{name} failed")


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    raise ValueError(f"{name} failed")


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        await asyncio.sleep(1)
        await asyncio.sleep(0.1)
        print(f"{name}: working")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w1("A"))
    await asyncio.sleep(0)
    print("cancel t0:", t0.cancel())
    t1 = asyncio.create_task(w0("B"))
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
