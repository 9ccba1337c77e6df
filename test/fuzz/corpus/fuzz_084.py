import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    await asyncio.sleep(1)
    raise ValueError(f"{name} failed")


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: half way")
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w1(name + "2"))
    await asyncio.sleep(0.1)
    print(f"{name}: half way")
    await asyncio.sleep(0)
    print(f"{name}: almost")
    return f"{name}-w2"


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1)
    print("sleep result:", await asyncio.sleep(0.1, result="A"))
    try:
        async with asyncio.timeout(0.5):
            print("in time:", await w3("B"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
