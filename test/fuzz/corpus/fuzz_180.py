import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        await asyncio.sleep(0.25)
        await asyncio.sleep(0.2)
        print(f"{name}: working")
        print(f"{name}: almost")
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        print(f"{name}: almost")
        print(f"{name}: almost")
        await asyncio.sleep(0.2)
        print(f"{name}: half way")
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: working")
        print(f"{name}: sub ->", await w0(name + "2"))
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        return f"{name}-w3"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    print("tasks alive:", len(asyncio.all_tasks()))
    t0 = asyncio.create_task(w1("A"), name="t0")
    await asyncio.sleep(0.1)
    t1 = asyncio.create_task(w2("B"), name="t1")
    try:
        results = await asyncio.gather(t1, return_exceptions=True)
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    t2 = asyncio.create_task(w2("C"), name="t2")
    t3 = asyncio.create_task(w1("D"), name="t3")
    print("end:", await asyncio.gather(t0, t1, t2, t3, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
