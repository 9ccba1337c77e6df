import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    await asyncio.sleep(0.25)
    return len(name) * 1


async def main():
    loop = asyncio.get_running_loop()
    together = asyncio.gather(w0("A"), w0("B"), w0("C"))
    await asyncio.sleep(1)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    try:
        async with asyncio.timeout(0.1):
            print("in time:", await w0("D"))
    except TimeoutError:
        print("timeout() expired")
    except ValueError as e:
        print("timeout() body raised", e)
    t0 = asyncio.create_task(w0("E"), name="t0")
    together = asyncio.gather(w0("F"))
    await asyncio.sleep(0.3)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    print("cancel t0:", t0.cancel())
    print("cancel t0:", t0.cancel())
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("G"))
            g1 = tg.create_task(w0("H"))
            g2 = tg.create_task(w0("I"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
