import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    raise ValueError(f"{name} failed")


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        await asyncio.sleep(0.25)
        print(f"{name}: almost")
        print(f"{name}: sub ->", await w0(name + "1"))
        print(f"{name}: running in", asyncio.current_task().get_name())
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        await asyncio.sleep(0)
        return f"{name}-w3"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    t0 = asyncio.create_task(w3("A"), name="t0")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
