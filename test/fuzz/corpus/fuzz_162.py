import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: step")
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.2)
    t0 = asyncio.create_task(w0("A"), name="t0")
    await asyncio.sleep(0.2)
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
