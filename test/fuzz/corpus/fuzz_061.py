import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    await asyncio.sleep(0.5)
    print(f"{name}: working")
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"))
    t1 = asyncio.create_task(w0("B"))
    t2 = asyncio.create_task(w0("C"))
    try:
        print("wait_for:", await asyncio.wait_for(w0("D"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print("cancel t0:", t0.cancel())
    t3 = asyncio.create_task(w0("E"))
    await asyncio.sleep(0.1)
    print("end:", await asyncio.gather(t0, t1, t2, t3, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
