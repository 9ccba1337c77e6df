import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    print(f"{name}: working")
    print(f"{name}: step")
    await asyncio.sleep(0)
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    print("t =", round(loop.time(), 3))
    print("t =", round(loop.time(), 3))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
