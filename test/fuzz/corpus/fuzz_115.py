import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.5)
    print(f"{name}: step")
    await asyncio.sleep(0.1)
    return f"{name}-w0"


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("wait_for:", await asyncio.wait_for(w0("A"), timeout=0.2))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print("tasks alive:", len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    try:
        print("wait_for:", await asyncio.wait_for(w0("B"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        print("wait_for:", await asyncio.wait_for(w0("C"), timeout=0.1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    t0 = asyncio.create_task(w0("D"), name="t0")
    await asyncio.sleep(0.2)
    t1 = asyncio.create_task(w0("E"), name="t1")
    print("end:", await asyncio.gather(t0, t1, return_exceptions=True))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
