import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.5)
    print(f"{name}: step")
    await asyncio.sleep(0)
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("A"))
            g1 = tg.create_task(w0("B"))
            g2 = tg.create_task(w0("C"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    try:
        print("wait_for:", await asyncio.wait_for(w0("D"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    try:
        print("nested:", await asyncio.gather(w0("E"), w0("F"), asyncio.gather(w0("G"), w0("H"))))
    except ValueError as e:
        print("nested gather raised", e)
    await asyncio.sleep(1)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
