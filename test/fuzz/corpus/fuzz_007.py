import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    print(f"{name}: step")
    await asyncio.sleep(1)
    return len(name) * 1


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    print(f"{name}: half way")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return len(name) * 3


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.5)
    return f"{name}-w3"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"))
    t1 = asyncio.create_task(w0("B"))
    print("cancel t0:", t0.cancel())
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
