import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: step")
    return f"{name}-w0"


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(0.2)
        await asyncio.sleep(0.3)
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def w2(name):
    try:
        print(f"{name}: start")
        print(f"{name}: almost")
        print(f"{name}: working")
        return f"{name}-w2"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    print("tasks alive:", len(asyncio.all_tasks()))
    try:
        print("nested:", await asyncio.gather(w0("A"), w1("B"), asyncio.gather(w0("C"))))
    except ValueError as e:
        print("nested gather raised", e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
