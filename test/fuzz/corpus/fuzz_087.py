import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    print(f"{name}: working")
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.5)
    return len(name) * 1


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"))
    await asyncio.sleep(0.1)
    try:
        print("wait_for:", await asyncio.wait_for(w0("B"), timeout=1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    t1 = asyncio.create_task(w0("C"))
    t2 = asyncio.create_task(w0("D"))
    print(f"t={loop.time():.2f}")
    print("end:", await asyncio.gather(t0, t1, t2, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
