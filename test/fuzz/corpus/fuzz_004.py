import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: working")
    print(f"{name}: working")
    print(f"{name}: step")
    print(f"{name}: almost")
    raise ValueError(f"{name} failed")


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("A"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    t0 = asyncio.create_task(w0("B"), name="t0")
    print("awaiting t0 unguarded")
    await t0
    print("cancel t0:", t0.cancel())
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
