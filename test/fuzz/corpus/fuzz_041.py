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
    try:
        results = await asyncio.gather(w2("A"), w0("B"), w0("C"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        print("nested:", await asyncio.gather(w1("D"), w0("E"), asyncio.gather(w2("F"), w2("G"))))
    except ValueError as e:
        print("nested gather raised", e)
    await asyncio.sleep(0)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
