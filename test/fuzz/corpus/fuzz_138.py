import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.25)
    print(f"{name}: half way")
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("A"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    loop.call_later(1, lambda: 1 / 0)
    await asyncio.sleep(1)
    await asyncio.sleep(0)
    print("after the failing callback")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
