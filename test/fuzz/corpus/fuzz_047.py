import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    print(f"{name}: working")
    print(f"{name}: step")
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: half way")
        await asyncio.sleep(0.25)
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0)
        await asyncio.sleep(0.1)
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: sub ->", await w1(name + "2"))
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w2(name + "3"))
        print(f"{name}: working")
        print(f"{name}: sub ->", await w2(name + "3"))
        print(f"{name}: working")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1, print, "callback 0 after 1")
    await asyncio.sleep(1)
    print("callbacks scheduled", f"{loop.time():.2f}")
    print("t =", round(loop.time(), 3))
    t0 = asyncio.create_task(w1("A"), name="t0")
    print(f"t={loop.time():.2f}")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
