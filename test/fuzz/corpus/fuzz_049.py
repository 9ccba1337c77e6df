import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    print(f"{name}: half way")
    await asyncio.sleep(0)
    print(f"{name}: step")
    raise ValueError(f"{name} failed")


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: almost")
        await asyncio.sleep(0.5)
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w1("A"), name="t0")
    try:
        print("wait_for:", await asyncio.wait_for(w0("B"), timeout=1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
