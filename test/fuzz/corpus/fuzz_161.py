import asyncio


async def w0(name):
    try:
        print(f"{name}: start")
        print(f"{name}: half way")
        await asyncio.sleep(0.25)
        await asyncio.sleep(0.1)
        await asyncio.sleep(0.1)
        await asyncio.sleep(0.25)
        return f"{name}-w0"
    except asyncio.CancelledError:
        print(f"{name}: cancelled, carrying on")
        return "swallowed"


async def w1(name):
    print(f"{name}: start")
    await asyncio.sleep(0.2)
    print(f"{name}: sub ->", await w0(name + "1"))
    print(f"{name}: running in", asyncio.current_task().get_name())
    return len(name) * 2


async def main():
    loop = asyncio.get_running_loop()
    try:
        for next_done in asyncio.as_completed([w1("A")], timeout=0.2):
            try:
                print("as_completed:", await next_done)
            except ValueError as e:
                print("as_completed raised", e)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    t0 = asyncio.create_task(w1("B"), name="t0")
    try:
        print("t0 ->", await t0)
    except ValueError as e:
        print("t0 raised", repr(e))
    except asyncio.CancelledError:
        print("t0 was cancelled")
    print(f"finished at {loop.time():.2f}")


asyncio.run(main())
print("done")
