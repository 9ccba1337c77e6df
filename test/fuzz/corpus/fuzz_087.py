import asyncio


async def w0(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    print(f"{name}: running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.25)
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    print("tasks alive:", len(asyncio.all_tasks()))
    loop.call_soon(print, "callback 0 (soon)")
    loop.call_later(0, print, "callback 1 after 0")
    await asyncio.sleep(0)
    print("callbacks scheduled", f"{loop.time():.2f}")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
