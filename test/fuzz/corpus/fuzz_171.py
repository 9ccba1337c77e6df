import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: step")
        return len(name) * 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.3)
    print("tasks alive:", len(asyncio.all_tasks()))
    t0 = asyncio.create_task(w0("A"), name="t0")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
