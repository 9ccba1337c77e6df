# A failing TaskGroup cancels its other tasks in creation order, then raises an ExceptionGroup.
import asyncio


async def sleeper(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"sleeper {n} cancelled")
        raise


async def failer(n, d):
    await asyncio.sleep(d)
    raise ValueError(f"failer {n}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(sleeper(i))
            tg.create_task(failer(1, 0.1))
            tg.create_task(failer(2, 0.1))
            tg.create_task(sleeper(4))
    except ExceptionGroup as eg:
        print("caught", sorted(str(e) for e in eg.exceptions))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper(5))
        tg.create_task(failer(3, 0.2))


asyncio.run(main())
