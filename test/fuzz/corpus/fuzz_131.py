import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        await asyncio.sleep(0)
        print(f"{name}: half way")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: working")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w2(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        await asyncio.sleep(0.1)
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: half way")
        await asyncio.sleep(0.1)
        return f"{name}-w2"
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
    try:
        print("nested:", await asyncio.gather(w0("A"), w2("B"), asyncio.gather(w1("C"), w1("D"))))
    except ValueError as e:
        print("nested gather raised", e)
    try:
        print("wait_for:", await asyncio.wait_for(w2("E"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        print("wait_for:", await asyncio.wait_for(w1("F"), timeout=0.1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    t0 = asyncio.create_task(w1("G"), name="t0")
    print("cancel t0:", t0.cancel())
    t1 = asyncio.create_task(w2("H"), name="t1")
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(guarded(sem, f"s{i}", 0.1) for i in range(1)))
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
