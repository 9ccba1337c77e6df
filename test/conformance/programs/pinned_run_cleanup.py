# all_tasks() lists tasks in creation order, and asyncio.run cancels leftovers in that order.
import asyncio


async def leftover(n):
    try:
        await asyncio.sleep(100)
    finally:
        print(f"cleanup {n}")


async def main():
    for i in range(5):
        asyncio.create_task(leftover(i), name=f"left-{i}")
    await asyncio.sleep(0)
    print([t.get_name() for t in asyncio.all_tasks()])
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    print("main returns")


asyncio.run(main())
print("after run")
