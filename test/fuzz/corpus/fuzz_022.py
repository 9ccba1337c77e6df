import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: running in", asyncio.current_task().get_name())
        print(f"{name}: step")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, print, "callback 0 after 0.1")
    loop.call_later(0.2, print, "callback 1 after 0.2")
    await asyncio.sleep(0.2)
    print("callbacks scheduled", f"{loop.time():.2f}")
    await asyncio.sleep(0.2)
    together = asyncio.gather(w0("A"), w0("B"))
    await asyncio.sleep(0.3)
    print("cancel gather:", together.cancel())
    try:
        print("gathered anyway:", await together)
    except asyncio.CancelledError:
        print("gather was cancelled")
    except ValueError as e:
        print("gather raised", e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
