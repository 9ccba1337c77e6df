import asyncio


async def w0(name):
    print(f"{name}: start")
    print(f"{name}: half way")
    print(f"{name}: working")
    print(f"{name}: step")
    return len(name) * 1


async def w1(name):
    try:
        print(f"{name}: start")
        await asyncio.sleep(1)
        return f"{name}-w1"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("nested:", await asyncio.gather(w1("A"), w0("B"), asyncio.gather(w1("C"), w1("D"))))
    except ValueError as e:
        print("nested gather raised", e)
    try:
        print("nested:", await asyncio.gather(w1("E"), asyncio.gather(w1("F"))))
    except ValueError as e:
        print("nested gather raised", e)
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
