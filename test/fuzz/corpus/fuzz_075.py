import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.3)
        raise ValueError(f"{name} failed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.25)
        print(f"{name}: half way")
        print(f"{name}: working")
        print(f"{name}: step")
        print(f"{name}: step")
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    print("tasks alive:", len(asyncio.all_tasks()))
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w0("A"))
        print("group:", [g0.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            g0 = tg.create_task(w1("B"))
            g1 = tg.create_task(w0("C"))
            g2 = tg.create_task(w1("D"))
        print("group:", [g0.result(), g1.result(), g2.result()])
    except ExceptionGroup as eg:
        print("group failed:", repr(eg))
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
