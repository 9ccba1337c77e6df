import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: working")
    print(f"{name}: sub ->", await w0(name + "1"))
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.5)
    print(f"{name}: running in", asyncio.current_task().get_name())
    return len(name) * 2


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    raise ValueError(f"{name} failed")


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: running in", asyncio.current_task().get_name())
        return len(name) * 4
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    print("sleep result:", await asyncio.sleep(0.5, result="A"))
    try:
        results = await asyncio.gather(w0("B"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t0 = asyncio.create_task(w0("C"), name="t0")
    print("tasks alive:", len(asyncio.all_tasks()))
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
