import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: step")
        print(f"{name}: working")
        print(f"{name}: half way")
        print(f"{name}: half way")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    print(f"{name}: start")
    print(f"{name}: working")
    await asyncio.sleep(0.3)
    print(f"{name}: working")
    return len(name) * 2


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        print(f"{name}: sub ->", await w1(name + "2"))
        await asyncio.sleep(0.1)
        return len(name) * 3
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w3(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        print(f"{name}: running in", asyncio.current_task().get_name())
        return f"{name}-w3"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def guarded(sem, name, delay):
    async with sem:
        print(f"{name} in (locked: {sem.locked()})")
        await asyncio.sleep(delay)
        print(f"{name} out")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.3, print, "callback 0 after 0.3")
    await asyncio.sleep(0.3)
    print("callbacks scheduled", f"{loop.time():.2f}")
    try:
        print("wait_for:", await asyncio.wait_for(w3("A"), timeout=0.5))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    sem = asyncio.Semaphore(3)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.2) for i in range(4)))
    try:
        results = await asyncio.gather(w1("B"), w0("C"), w3("D"))
        print("gather:", results)
    except (ValueError, asyncio.CancelledError) as e:
        print("gather failed:", type(e).__name__, e)
    try:
        async with asyncio.timeout(0.5):
            print("in time:", await w3("E"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    print("t =", round(loop.time(), 3))
    t0 = asyncio.create_task(w0("F"), name="t0")
    await asyncio.sleep(0.5)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
