import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        print(f"{name}: half way")
        await asyncio.sleep(0.3)
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: half way")
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: working")
    return f"{name}-w1"


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    print(f"{name}: working")
    return f"{name}-w2"


async def w3(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    return len(name) * 4


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("wait_for:", await asyncio.wait_for(w3("A"), timeout=0.5))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print("t =", round(loop.time(), 3))
    print("tasks alive:", len(asyncio.all_tasks()))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
