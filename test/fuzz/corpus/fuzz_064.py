import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    return f"{name}-w0"


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks closed")


async def main():
    loop = asyncio.get_running_loop()
    async for value in ticks(2, 0.25):
        print("tick", value)
    t0 = asyncio.create_task(w0("A"), name="t0")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
