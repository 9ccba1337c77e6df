import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    await asyncio.sleep(0.25)
    return len(name) * 1


async def main():
    loop = asyncio.get_running_loop()
    t0 = asyncio.create_task(w0("A"))
    print("t0:", t0.done(), t0.cancelled())
    print("t0:", t0.done(), t0.cancelled())
    t1 = asyncio.create_task(w0("B"))
    print("t =", round(loop.time(), 3))
    await asyncio.sleep(1)
    try:
        print("wait_for:", await asyncio.wait_for(w0("C"), timeout=0.1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
