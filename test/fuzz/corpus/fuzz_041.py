import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0.3)
        await asyncio.sleep(0)
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        print(f"{name}: half way")
        await asyncio.sleep(0)
        await asyncio.sleep(0.1)
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    return f"{name}-w2"


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.5)
    print("tasks alive:", len(asyncio.all_tasks()))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
