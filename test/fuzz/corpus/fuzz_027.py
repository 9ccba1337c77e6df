import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        print(f"{name}: almost")
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.3)
        await asyncio.sleep(0.1)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    await asyncio.sleep(0.5)
    return len(name) * 2


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        print(f"{name}: half way")
        print(f"{name}: half way")
        print(f"{name}: sub ->", await w0(name + "2"))
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w3(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.2)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w1("A"))
    t1 = asyncio.create_task(w0("B"))
    t2 = asyncio.create_task(w0("C"))
    try:
        print("t1 ->", await t1)
    except ValueError as e:
        print("t1 raised", repr(e))
    except asyncio.CancelledError:
        print("t1 was cancelled")
    t3 = asyncio.create_task(w2("D"))
    t4 = asyncio.create_task(w3("E"))
    print("end:", await asyncio.gather(t0, t1, t2, t3, t4, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
