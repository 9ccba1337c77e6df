import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: running in", asyncio.current_task().get_name())
    print(f"{name}: step")
    print(f"{name}: step")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.25)
    return len(name) * 1


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w0(name + "1"))
    print(f"{name}: working")
    await asyncio.sleep(1)
    print(f"{name}: sub ->", await w0(name + "1"))
    return len(name) * 2


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.1):
            print("in time:", await w1("A"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    try:
        print("wait_for:", await asyncio.wait_for(w0("B"), timeout=0.1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    t0 = asyncio.create_task(w1("C"), name="t0")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
