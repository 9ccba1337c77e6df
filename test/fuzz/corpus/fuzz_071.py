import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.2)
    await asyncio.sleep(1)
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        print(f"{name}: almost")
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w2"


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        return len(name) * 4
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.25):
            print("in time:", await w2("A"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w2("B"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    await asyncio.sleep(0.25)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
