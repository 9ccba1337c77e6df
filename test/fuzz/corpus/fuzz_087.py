import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.25)
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.3)
    t0 = asyncio.create_task(w0("A"), name="t0")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
