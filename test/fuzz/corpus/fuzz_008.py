import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        print(f"{name}: almost")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    print(f"{name}: almost")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.1)
    return f"{name}-w1"


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        print(f"{name}: working")
        await asyncio.sleep(0.25)
        return len(name) * 3
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("wait_for:", await asyncio.wait_for(w0("A"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        print("nested:", await asyncio.gather(w0("B"), asyncio.gather(w1("C"))))
    except ValueError as e:
        print("nested gather raised", e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
