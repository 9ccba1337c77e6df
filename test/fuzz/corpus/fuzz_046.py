import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.2)
        await asyncio.sleep(0.1)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("A"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    loop.call_later(1, print, "callback 0 after 1")
    loop.call_later(1, print, "callback 1 after 1")
    loop.call_later(0, print, "callback 2 after 0")
    await asyncio.sleep(1)
    print("callbacks scheduled", f"{loop.time():.2f}")
    print("tasks alive:", len(asyncio.all_tasks()))
    try:
        print("wait_for:", await asyncio.wait_for(w0("B"), timeout=0.1))
    except asyncio.TimeoutError:
        print("wait_for timed out")
    except ValueError as e:
        print("wait_for raised", repr(e))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
