import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    print(f"{name}: almost")
    print(f"{name}: almost")
    print(f"{name}: half way")
    print(f"{name}: running in", asyncio.current_task().get_name())
    return f"{name}-w0"


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.5)
    t0 = asyncio.create_task(w0("A"), name="t0")
    print("t =", round(loop.time(), 3))
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
