import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.25)
    print(f"{name}: half way")
    print(f"{name}: almost")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0)
    raise ValueError(f"{name} failed")


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.5)
    return f"{name}-w1"


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    t0 = asyncio.create_task(w1("A"))
    await asyncio.sleep(0.2)
    try:
        print("t0 ->", await t0)
    except ValueError as e:
        print("t0 raised", repr(e))
    except asyncio.CancelledError:
        print("t0 was cancelled")
    print("end:", await asyncio.gather(t0, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
