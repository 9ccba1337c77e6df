import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: running in", asyncio.current_task().get_name())
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    raise ValueError(f"{name} failed")


async def w2(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    print(f"{name}: working")
    await asyncio.sleep(0.2)
    return f"{name}-w2"


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        await asyncio.sleep(0.1)
        await asyncio.sleep(0.1)
        print(f"{name}: sub ->", await w0(name + "3"))
        return len(name) * 4
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    together = asyncio.gather(w0("A"), w3("B"), w0("C"))
    await asyncio.sleep(0.25)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    print("t =", round(loop.time(), 3))
    t0 = asyncio.create_task(w1("D"), name="t0")
    t1 = asyncio.create_task(w3("E"), name="t1")
    together = asyncio.gather(w1("F"), w0("G"), w1("H"))
    await asyncio.sleep(0.25)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.5)
    print("repr:", t0)
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
