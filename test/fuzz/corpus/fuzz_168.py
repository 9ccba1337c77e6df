import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: almost")
    print(f"{name}: half way")
    raise ValueError(f"{name} failed")


async def w1(name):
    try:
        print(f"{name}: start")
        print(f"{name}: step")
        print(f"{name}: half way")
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    print("sleep result:", await asyncio.sleep(0.2, result="A"))
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("B"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
