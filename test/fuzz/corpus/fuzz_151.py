import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        print(f"{name}: working")
        print(f"{name}: working")
        print(f"{name}: working")
        await asyncio.sleep(0.25)
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.5)
    print(f"{name}: step")
    print(f"{name}: half way")
    print(f"{name}: sub ->", await w0(name + "1"))
    return len(name) * 2


async def w2(name):
    print(f"{name}: start")
    print(f"{name}: sub ->", await w1(name + "2"))
    print(f"{name}: working")
    await asyncio.sleep(0.25)
    raise ValueError(f"{name} failed")


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: sub ->", await w0(name + "3"))
        return f"{name}-w3"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("wait_for:", await asyncio.wait_for(w2("A"), timeout=0.5))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        print("nested:", await asyncio.gather(w1("B"), asyncio.gather(w2("C"))))
    except ValueError as e:
        print("nested gather raised", e)
    t0 = asyncio.create_task(w3("D"), name="t0")
    print("cancel t0:", t0.cancel())
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
