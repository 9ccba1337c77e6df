import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.1)
        await asyncio.sleep(1)
        await asyncio.sleep(0.1)
        print(f"{name}: half way")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("A"))
            g1 = tg.create_task(w0("B"))
        print("group:", [g0.result(), g1.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    loop.call_later(0.3, print, "callback 0 after 0.3")
    loop.call_later(1, print, "callback 1 after 1")
    loop.call_later(0.2, print, "callback 2 after 0.2")
    loop.call_later(0.5, print, "callback 3 after 0.5")
    await asyncio.sleep(1)
    print("callbacks scheduled", f"{loop.time():.2f}")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
