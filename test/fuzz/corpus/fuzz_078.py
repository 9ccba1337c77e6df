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
    print(f"{name}: step")
    raise ValueError(f"{name} failed")


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        await asyncio.sleep(1)
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.1)
        return len(name) * 4
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("wait_for:", await asyncio.wait_for(w0("A"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    t0 = asyncio.create_task(w0("B"), name="t0")
    t1 = asyncio.create_task(w1("C"), name="t1")
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
