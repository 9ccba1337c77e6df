import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: half way")
        await asyncio.sleep(0.2)
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        print(f"{name}: half way")
        return len(name) * 2
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def guarded(sem, name, delay):
    async with sem:
        print(f"{name} in (locked: {sem.locked()})")
        await asyncio.sleep(delay)
        print(f"{name} out")


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("nested:", await asyncio.gather(w0("A"), asyncio.gather(w1("B"))))
    except ValueError as e:
        print("nested gather raised", e)
    await asyncio.sleep(0.5)
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(guarded(sem, f"s{i}", 1) for i in range(4)))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
