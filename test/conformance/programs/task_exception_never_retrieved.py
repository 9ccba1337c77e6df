# A task that fails and is never awaited: CPython logs "Task exception was never retrieved"
# when the task is destroyed.
import asyncio


async def fail():
    await asyncio.sleep(0.1)
    raise RuntimeError("nobody listens")


async def main():
    asyncio.create_task(fail())
    await asyncio.sleep(0.5)
    print("main done")


asyncio.run(main())
