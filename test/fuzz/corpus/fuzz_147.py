import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        print(f"{name}: step")
        print(f"{name}: step")
        await asyncio.sleep(0.5)
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: working")
    print(f"{name}: sub ->", await w0(name + "1"))
    print(f"{name}: working")
    return len(name) * 2


async def main():
    loop = asyncio.get_running_loop()
    print("tasks alive:", len(asyncio.all_tasks()))
    t0 = asyncio.create_task(w1("A"), name="t0")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
