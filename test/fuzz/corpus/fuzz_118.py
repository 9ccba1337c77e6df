import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        await asyncio.sleep(1)
        print(f"{name}: almost")
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w1(name + "2"))
    await asyncio.sleep(1)
    print(f"{name}: almost")
    print(f"{name}: almost")
    return f"{name}-w2"


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.25)
        return f"{name}-w3"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    t0 = asyncio.create_task(w3("A"))
    t1 = asyncio.create_task(w0("B"))
    try:
        print("wait_for:", await asyncio.wait_for(w0("C"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print("t1:", t1.done(), t1.cancelled())
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
